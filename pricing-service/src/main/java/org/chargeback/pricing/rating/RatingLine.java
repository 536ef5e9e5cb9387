package org.chargeback.pricing.rating;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * One line of a quote. The lines of a quote always add up to its amount.
 *
 * @param kind  {@code tier} (units at a rate; flat, package and cost-plus have one), {@code discount} (negative,
 *              a business unit's discount percentage) or {@code minimum} (the top-up to the monthly minimum)
 * @param from  units above this count are in the line (exclusive lower bound), {@code 0} for the first tier
 * @param to    last unit of the line's tier (inclusive), {@code null} = no upper bound
 * @param rate  price per unit, or per package for the package model; for a discount line the percentage
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "QuoteLine", description = "A line of a quote (one per tier used); the lines sum to the quote's amount")
public record RatingLine(
        @Schema(example = "tier", enumeration = {"tier", "discount", "minimum"}) String kind,
        @Schema(example = "0") BigDecimal from,
        @Schema(example = "100000", nullable = true) BigDecimal to,
        @Schema(example = "100000") BigDecimal units,
        @Schema(example = "0.06", nullable = true) BigDecimal rate,
        @Schema(description = "Exact, not rounded", example = "6000.00") BigDecimal amount,
        @Schema(description = "Packages charged (package model only): units / packageSize rounded up",
                example = "3", nullable = true) BigDecimal packages) {

    static RatingLine tier(BigDecimal from, BigDecimal to, BigDecimal units, BigDecimal rate, BigDecimal amount) {
        return new RatingLine("tier", from, to, units, rate, amount, null);
    }
}
