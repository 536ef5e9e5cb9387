package org.chargeback.pricing.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A quote as the API shows it. */
@Schema(name = "QuoteView", description = "What a quantity of a product costs at a point in time")
public record QuoteView(
        @Schema(example = "support-resolution") String product,
        @Schema(example = "customer-care") String businessUnit,
        @Schema(example = "1250") BigDecimal quantity,
        @Schema(example = "resolution") String unit,
        @Schema(example = "0.85") BigDecimal unitPrice,
        @Schema(example = "EUR") String currency,
        @Schema(description = "quantity x unitPrice, exact and NOT rounded (the statement line rounds)",
                example = "1062.50") BigDecimal amount,
        @Schema(description = "The price version used") UUID priceId,
        @Schema(description = "First day of the price version used", example = "2026-10-01") LocalDate effectiveFrom,
        @Schema(description = "The point in time priced", example = "2026-10-01T00:00:00Z") Instant at) {

    static QuoteView from(Quote quote) {
        return new QuoteView(quote.product(), quote.businessUnit(), quote.quantity(), quote.unit(), quote.unitPrice(),
                quote.currency().getCurrencyCode(), quote.amount(), quote.priceId(), quote.effectiveFrom(),
                quote.at());
    }
}
