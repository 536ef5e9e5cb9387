package org.chargeback.pricing.pricebook;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.chargeback.pricing.shared.IsoCurrency;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** Body of {@code POST /v1/products/{code}/prices}. */
@Schema(name = "AddPriceRequest", description = "A new list price version of a product")
public record AddPriceRequest(
        @Schema(description = "Price of one product unit, any precision (not rounded)", example = "0.85")
        @NotNull @PositiveOrZero
        BigDecimal unitPrice,
        @Schema(description = "ISO 4217 currency code", example = "EUR", pattern = "[A-Z]{3}")
        @NotNull @IsoCurrency
        String currency,
        @Schema(description = "First day in force (inclusive, from 00:00 UTC)", example = "2026-10-01")
        @NotNull
        LocalDate effectiveFrom,
        @Schema(description = "Why the price changes", example = "FY27 list price")
        @Size(max = 500)
        String reason,
        @Schema(description = "Who changes it", example = "pricing@example.com")
        @Size(max = 200)
        String changedBy) {

    NewPriceVersion toNewPriceVersion(String productCode) {
        return new NewPriceVersion(productCode, unitPrice, Currency.getInstance(currency), effectiveFrom,
                blankToNull(reason), blankToNull(changedBy));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
