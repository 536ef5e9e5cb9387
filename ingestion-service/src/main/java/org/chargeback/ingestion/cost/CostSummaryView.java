package org.chargeback.ingestion.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Schema(name = "CostSummary", description = "BilledCost and EffectiveCost of a billing period, summed by the requested dimensions")
public record CostSummaryView(String billingPeriod, List<String> groupBy, List<Group> groups, List<CostTotal> totals) {

    @Schema(name = "CostSummaryGroup")
    public record Group(
            @Schema(description = "Value of each requested dimension; null when a row has none (e.g. no such tag)")
            Map<String, String> dimensions,
            String billingCurrency,
            BigDecimal billedCost,
            BigDecimal effectiveCost,
            long rowCount) {
    }
}
