package org.chargeback.pricing.product;

import java.time.Instant;

/**
 * Something a business unit consumes and is charged for, counted in {@code unit}s.
 *
 * @param code stable key other services send (usage events, quotes), lowercase {@code [a-z0-9][a-z0-9-]{1,63}}
 * @param unit what a quantity of 1 means, e.g. "resolution" or "1k tokens"; prices are per unit
 */
public record Product(String code, String name, String unit, String description, ProductStatus status,
                      Instant createdAt) {
}
