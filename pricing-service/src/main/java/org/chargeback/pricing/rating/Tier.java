package org.chargeback.pricing.rating;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One tier of a graduated or volume price.
 *
 * @param upTo     the last unit of the tier (inclusive), counted from the month's first unit; {@code null} = no
 *                 upper bound (only the last tier)
 * @param unitRate price of one unit in this tier
 */
@Schema(name = "Tier", description = "A tier: units up to and including upTo (null = no limit, last tier only) at unitRate")
public record Tier(
        @Schema(example = "100000", nullable = true) BigDecimal upTo,
        @Schema(example = "0.06") BigDecimal unitRate) {
}
