package org.chargeback.ingestion.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(name = "CostSummary", description = "Costs of a billing period summed by the requested dimensions, counting the current revision of each scope (or the one in force at asOf)")
public record CostSummaryView(String billingPeriod, Instant asOf, List<String> groupBy, Map<String, String> filters,
                              List<Group> groups, List<Sums> totals) {

    @Schema(name = "CostSummaryGroup")
    public record Group(
            @Schema(description = "Value of each requested dimension; null when a row has none (e.g. no such tag)")
            Map<String, String> dimensions,
            String billingCurrency,
            BigDecimal billedCost,
            BigDecimal effectiveCost,
            BigDecimal listCost,
            BigDecimal contractedCost,
            @Schema(description = "Sum of ConsumedQuantity (mixed units unless grouped by SKU)") BigDecimal consumedQuantity,
            long rowCount) {
    }

    @Schema(name = "CostSummaryTotals", description = "Sums at the provider's full precision, in one billing currency")
    public record Sums(String billingCurrency, BigDecimal billedCost, BigDecimal effectiveCost, BigDecimal listCost,
                       BigDecimal contractedCost, BigDecimal consumedQuantity, long rowCount) {
    }

    @Schema(name = "CostScopeCurrentRevision", description = "The revision of a (BillingAccountId, BillingPeriodStart) scope: it grows with every restatement")
    public record Revision(String billingAccountId, String billingPeriod, int revision, java.util.UUID importId,
                           long rowCount, Instant validFrom, Instant validTo) {
    }
}
