package org.chargeback.pricing.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.costpool.CostPlus;
import org.chargeback.pricing.rating.RatingLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a month's quantity of a product costs a business unit, and how the price was found. Exact, not rounded. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "QuoteView", description = "What a month's quantity of a product costs a business unit. amount is "
        + "exact and NOT rounded: the statement line in chargeback-service rounds it once to the currency's minor unit.")
public record Quote(
        @Schema(example = "support-resolution") String product,
        @Schema(example = "legal") String businessUnit,
        @Schema(example = "150000") BigDecimal quantity,
        @Schema(example = "resolution") String unit,
        @Schema(example = "USD") String currency,
        @Schema(description = "Sum of the lines, exact, not rounded", example = "8500.00") BigDecimal amount,
        @Schema(description = "The version whose model priced the quantity") UUID priceVersionId,
        @Schema(example = "graduated") PriceModel model,
        @Schema(description = "Price per unit (per package for package); null for tiered models (see lines)",
                nullable = true, example = "0.05") BigDecimal unitRate,
        @Schema(description = "The business unit override used, or null when the list price applied", nullable = true)
        Override override,
        @Schema(description = "First day of the version used", example = "2026-10-01") LocalDate effectiveFrom,
        @Schema(description = "The instant priced", example = "2026-10-01T00:00:00Z") Instant at,
        @Schema(description = "One line per tier used, then a discount and a minimum top-up if any; they sum to amount")
        List<RatingLine> lines,
        @Schema(description = "Cost-plus only: the two parts of the unit rate", nullable = true)
        CostPlus costPlus) {

    /**
     * The business unit override a quote used.
     *
     * @param kind {@code bu-version} (the business unit's own price) or {@code bu-discount} (its discount on the list
     *             price)
     */
    @Schema(name = "QuoteOverride", description = "The business unit override used")
    public record Override(@Schema(example = "bu-discount", enumeration = {"bu-version", "bu-discount"}) String kind,
                           UUID priceVersionId,
                           @Schema(nullable = true, example = "10") BigDecimal discountPercent) {
    }
}
