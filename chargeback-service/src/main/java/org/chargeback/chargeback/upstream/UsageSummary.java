package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** ingestion-service {@code GET /v1/usage/summary}: outcome usage of one month, grouped by business unit and product. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UsageSummary(String month, List<String> groupBy, List<Group> groups, Totals totals) {

    public UsageSummary {
        groupBy = groupBy == null ? List.of() : groupBy;
        groups = groups == null ? List.of() : groups;
    }

    /** One group; {@code dimensions} holds {@code "businessUnit"}, {@code "useCase"} and {@code "product"}; token sums of the events that carried them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Group(Map<String, String> dimensions, BigDecimal quantity, long eventCount, BigDecimal tokensIn,
                        BigDecimal tokensOut, long tokenEventCount, BigDecimal tokenQuantity) {

        public Group {
            dimensions = dimensions == null ? Map.of() : dimensions;
            tokensIn = tokensIn == null ? BigDecimal.ZERO : tokensIn;
            tokensOut = tokensOut == null ? BigDecimal.ZERO : tokensOut;
            tokenQuantity = tokenQuantity == null ? BigDecimal.ZERO : tokenQuantity;
        }

        public String useCase() {
            return dimensions.get("useCase");
        }

        public String businessUnit() {
            return dimensions.get("businessUnit");
        }

        public String product() {
            return dimensions.get("product");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Totals(BigDecimal quantity, long eventCount) {
    }
}
