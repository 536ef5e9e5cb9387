package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "UsageSummary", description = "Usage of a month summed by the requested dimensions")
public record UsageSummaryView(String month, List<String> groupBy, List<Group> groups, Totals totals) {

    @Schema(name = "UsageSummaryGroup")
    public record Group(Map<String, String> dimensions, BigDecimal quantity, long eventCount) {
    }

    @Schema(name = "UsageSummaryTotals")
    public record Totals(BigDecimal quantity, long eventCount) {
    }
}
