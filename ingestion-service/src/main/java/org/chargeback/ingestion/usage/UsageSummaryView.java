package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "UsageSummary", description = "Usage of a month summed by the requested dimensions (retracted events excluded, late events included)")
public record UsageSummaryView(String month, List<String> groupBy, List<Group> groups, Totals totals,
                               @Schema(description = "Usage naming a product pricing-service does not know (yet); included in groups and totals")
                               List<Unmatched> unmatched,
                               @Schema(description = "false when pricing-service could not be asked about every product, so unmatched may be incomplete")
                               boolean productsChecked) {

    @Schema(name = "UsageSummaryGroup")
    public record Group(Map<String, String> dimensions, BigDecimal quantity, long eventCount,
                        @Schema(description = TOKENS_IN, example = "2384000") BigDecimal tokensIn,
                        @Schema(description = TOKENS_OUT, example = "463400") BigDecimal tokensOut,
                        @Schema(description = TOKEN_EVENT_COUNT, example = "1240") long tokenEventCount,
                        @Schema(description = TOKEN_QUANTITY, example = "1324") BigDecimal tokenQuantity) {
    }

    @Schema(name = "UsageSummaryTotals")
    public record Totals(BigDecimal quantity, long eventCount,
                         @Schema(description = TOKENS_IN) BigDecimal tokensIn,
                         @Schema(description = TOKENS_OUT) BigDecimal tokensOut,
                         @Schema(description = TOKEN_EVENT_COUNT) long tokenEventCount,
                         @Schema(description = TOKEN_QUANTITY) BigDecimal tokenQuantity) {
    }

    static final String TOKENS_IN = "Sum of attributes.tokensIn over the events (not retracted) that carry it as a JSON "
            + "number >= 0; other values are ignored. 0 when none";
    static final String TOKENS_OUT = "Sum of attributes.tokensOut, counted like tokensIn. 0 when none";
    static final String TOKEN_EVENT_COUNT = "Events (not retracted) carrying at least one of tokensIn, tokensOut";
    static final String TOKEN_QUANTITY = "Quantity of the events counted in tokenEventCount: tokens per outcome = "
            + "tokensIn (or tokensOut) / tokenQuantity, exact even when only some events carry tokens";

    @Schema(name = "UnmatchedUsage", description = "Usage whose business unit or product is not known")
    public record Unmatched(@Schema(example = "product") String dimension, @Schema(example = "voice-minute") String value,
                            BigDecimal quantity, long eventCount) {
    }
}
