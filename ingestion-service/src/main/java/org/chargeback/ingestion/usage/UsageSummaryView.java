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
    public record Group(Map<String, String> dimensions, BigDecimal quantity, long eventCount) {
    }

    @Schema(name = "UsageSummaryTotals")
    public record Totals(BigDecimal quantity, long eventCount) {
    }

    @Schema(name = "UnmatchedUsage", description = "Usage whose business unit or product is not known")
    public record Unmatched(@Schema(example = "product") String dimension, @Schema(example = "voice-minute") String value,
                            BigDecimal quantity, long eventCount) {
    }
}
