package org.chargeback.pricing.pricebook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A price version as the API shows it. */
@Schema(name = "PriceView", description = "One version of a product's unit price")
public record PriceView(
        UUID id,
        @Schema(description = "Product code", example = "support-resolution") String product,
        @Schema(description = "Price of one product unit, full precision", example = "0.85") BigDecimal unitPrice,
        @Schema(example = "EUR") String currency,
        @Schema(description = "First day in force, inclusive (00:00 UTC)", example = "2026-10-01")
        LocalDate effectiveFrom,
        @Schema(description = "First day no longer in force, exclusive: the next version's effectiveFrom; "
                + "null while this is the latest version", example = "2027-01-01", nullable = true)
        LocalDate effectiveTo,
        String reason,
        String changedBy,
        Instant createdAt) {

    static PriceView from(PriceVersion version) {
        return new PriceView(version.id(), version.productCode(), version.unitPrice(),
                version.currency().getCurrencyCode(), version.effectiveFrom(), version.effectiveTo(),
                version.reason(), version.changedBy(), version.createdAt());
    }
}
