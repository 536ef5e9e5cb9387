package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * ingestion-service {@code GET /v1/costs/summary}: FOCUS costs of one billing period, grouped by the requested
 * dimensions and always also by billing currency. Costs at the provider's full precision.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CostSummary(String billingPeriod, List<String> groupBy, List<Group> groups, List<Total> totals) {

    public CostSummary {
        groupBy = groupBy == null ? List.of() : groupBy;
        groups = groups == null ? List.of() : groups;
        totals = totals == null ? List.of() : totals;
    }

    /** One group; {@code dimensions} holds e.g. {@code "tag:business-unit": "support"} (null when the row has no tag). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(Map<String, String> dimensions, String billingCurrency, BigDecimal billedCost,
                        BigDecimal effectiveCost, long rowCount) {

        public Group {
            dimensions = dimensions == null ? Map.of() : dimensions;
        }

        public String dimension(String name) {
            return dimensions.get(name);
        }
    }

    /** The whole period in one billing currency. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Total(String billingCurrency, BigDecimal billedCost, BigDecimal effectiveCost, long rowCount) {
    }
}
