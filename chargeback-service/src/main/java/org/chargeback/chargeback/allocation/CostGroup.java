package org.chargeback.chargeback.allocation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Provider costs of a month that share the same value in every dimension allocation rules can match: one group of
 * ingestion's cost summary. Dimension names are ingestion's ({@code billingAccountId}, {@code subAccountId},
 * {@code serviceName}, {@code serviceCategory}, {@code chargeCategory}, {@code publisherName}, {@code skuId},
 * {@code tag:<key>}, {@code x_<column>}); a null value means the rows have none. Costs at full precision.
 */
public record CostGroup(Map<String, String> dimensions, BigDecimal billedCost, BigDecimal effectiveCost,
                        long rowCount) {

    public String dimension(String name) {
        return dimensions.get(name);
    }
}
