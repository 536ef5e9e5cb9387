package org.chargeback.pricing.product;

import java.time.Instant;

/**
 * Something a business unit consumes and is charged for, counted in {@code unit}s.
 *
 * @param code      stable key other services send (usage events, quotes), lowercase {@code [a-z0-9][a-z0-9-]{1,63}};
 *                  never changes (a rename changes the name only)
 * @param unit      what a quantity of 1 means, e.g. "resolution" or "1k tokens"; prices are per unit
 * @param owningTeam the platform team that sets its prices
 * @param retiredAt when it was retired: quotes at or after it are refused, earlier ones still answer
 * @param version   increases with every update; the ETag
 */
public record Product(String code, String name, String unit, String description, String owningTeam,
                      ProductStatus status, Instant retiredAt, long version, Instant createdAt, Instant updatedAt) {

    public String etag() {
        return "\"" + version + "\"";
    }
}
