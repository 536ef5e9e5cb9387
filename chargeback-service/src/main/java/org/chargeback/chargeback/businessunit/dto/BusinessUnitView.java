package org.chargeback.chargeback.businessunit.dto;

import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A registered business unit; {@code useCases} is empty in lists. */
@Schema(name = "BusinessUnitView")
public record BusinessUnitView(
        @Schema(example = "support") String code,
        @Schema(example = "Customer Support") String name,
        @Schema(example = "CC-4100") String costCenter,
        @Schema(example = "support-lead@example.com") String ownerContact,
        @Schema(description = "Incremented by every change; the ETag header is this number in quotes", example = "1")
        long version,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Its use cases by code (GET of one business unit; empty in lists)")
        List<UseCaseView> useCases) {

    public static BusinessUnitView from(BusinessUnit unit) {
        return new BusinessUnitView(unit.code(), unit.name(), unit.costCenter(), unit.ownerContact(), unit.version(),
                unit.createdAt(), unit.updatedAt(), unit.useCases().stream().map(UseCaseView::from).toList());
    }
}
