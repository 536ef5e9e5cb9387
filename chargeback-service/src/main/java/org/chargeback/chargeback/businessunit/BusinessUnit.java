package org.chargeback.chargeback.businessunit;

import java.time.Instant;
import java.util.List;

/**
 * Who consumes AI and pays for it.
 *
 * @param code         immutable key, the value of the business unit tag on costs and of {@code businessUnit} on usage
 * @param costCenter   the finance cost center its statements are booked to
 * @param ownerContact email address of the person answering for its costs
 * @param version      incremented by every change; the ETag is {@code "<version>"}
 * @param useCases     empty when read in a list
 */
public record BusinessUnit(String code, String name, String costCenter, String ownerContact, long version,
                           Instant createdAt, Instant updatedAt, List<UseCase> useCases) {

    public String etag() {
        return "\"" + version + "\"";
    }

    BusinessUnit withUseCases(List<UseCase> found) {
        return new BusinessUnit(code, name, costCenter, ownerContact, version, createdAt, updatedAt, List.copyOf(found));
    }
}
