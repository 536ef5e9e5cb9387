package org.chargeback.pricing.pricebook;

import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.rating.Tier;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A price version as the API shows it. */
@Schema(name = "PriceView", description = "One version of a product's price")
public record PriceView(
        @Schema(description = "The price version id (quotes name it as priceVersionId)") UUID id,
        @Schema(description = "Product code", example = "support-resolution") String product,
        @Schema(description = "null = list price for every business unit; else this business unit's override",
                nullable = true, example = "legal") String businessUnit,
        @Schema(description = "null only for a discount override", nullable = true, example = "flat") PriceModel model,
        @Schema(description = "flat: per unit; package: per package; full precision", nullable = true,
                example = "0.05") BigDecimal unitRate,
        @Schema(description = "graduated/volume tiers, per month") List<Tier> tiers,
        @Schema(nullable = true, example = "1000") BigDecimal packageSize,
        @Schema(nullable = true, example = "500.00") BigDecimal minimumMonthly,
        @Schema(nullable = true, example = "tag:use-case=support-bot") String costPool,
        @Schema(nullable = true, example = "0.15") BigDecimal markup,
        @Schema(nullable = true, example = "10") BigDecimal discountPercent,
        @Schema(example = "USD", nullable = true) String currency,
        @Schema(description = "First day in force, inclusive (00:00 UTC)", example = "2026-10-01")
        LocalDate effectiveFrom,
        @Schema(description = "First day no longer in force, exclusive: the explicit end or the next version's "
                + "effectiveFrom in the same scope, whichever is earlier; null = open", example = "2027-01-01",
                nullable = true)
        LocalDate effectiveTo,
        @Schema(description = "Added knowingly into a frozen (issued) month") boolean retroactiveCorrection,
        String reason,
        String changedBy,
        Instant createdAt) {

    public static PriceView from(PriceVersion v) {
        return new PriceView(v.id(), v.productCode(), v.businessUnit(), v.model(), v.unitRate(), v.tiers(),
                v.packageSize(), v.minimumMonthly(), v.costPool(), v.markup(), v.discountPercent(),
                v.currency() == null ? null : v.currency().getCurrencyCode(), v.effectiveFrom(), v.effectiveTo(),
                v.retroactiveCorrection(), v.reason(), v.changedBy(), v.createdAt());
    }
}
