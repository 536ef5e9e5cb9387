package org.chargeback.pricing.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change to the price book, as auditors read it.
 *
 * @param kind            {@code product-registered}, {@code product-updated}, {@code price-version-added} or
 *                        {@code period-frozen}
 * @param before          the product, or the version of the same scope in force on the new version's first day,
 *                        before the change (null when there was none)
 * @param after           the product or the new version after the change
 * @param retroactive     a price changed inside a frozen month (a retroactive correction): chargeback carries an
 *                        adjustment for {@code affectedMonths}
 */
@Schema(name = "PriceChange", description = "One change to products, prices or frozen periods")
public record PriceChange(
        @Schema(description = "Increasing sequence number; resume a feed after the last one seen", example = "42")
        long seq,
        Instant changedAt,
        @Schema(example = "price-version-added",
                enumeration = {"product-registered", "product-updated", "price-version-added", "period-frozen"})
        String kind,
        @Schema(nullable = true, example = "support-resolution") String product,
        @Schema(nullable = true) UUID priceVersionId,
        @Schema(nullable = true) JsonNode before,
        @Schema(nullable = true) JsonNode after,
        @Schema(example = "platform-ai@example.com") String changedBy,
        @Schema(example = "FY27 price") String reason,
        boolean retroactive,
        @Schema(example = "[\"2026-10\"]") List<String> affectedMonths) {
}
