package org.chargeback.pricing.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /v1/quotes}: many (business unit, product, quantity, month) at once. */
@Schema(name = "BatchQuoteRequest", description = "Up to 10,000 items to quote in one call")
public record BatchQuoteRequest(List<Item> items) {

    /** One question; {@code month} YYYY-MM is priced at its first day, 00:00 UTC. */
    @Schema(name = "BatchQuoteItem")
    public record Item(@Schema(example = "legal") String businessUnit,
                       @Schema(example = "document-summary") String product,
                       @Schema(example = "1250") BigDecimal quantity,
                       @Schema(example = "2026-10") String month) {
    }
}
