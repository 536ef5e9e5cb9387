package org.chargeback.chargeback.allocation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The month's metrics shared-cost rules split by, per business unit code: usage units (all products, and per
 * product) and the chargeback amount of the usage (exact, before rounding). Units of unrated usage count as units
 * but add nothing to the chargeback amount.
 */
public record AllocationMetrics(Map<String, BigDecimal> usageUnits,
                                Map<String, Map<String, BigDecimal>> usageUnitsByProduct,
                                Map<String, BigDecimal> chargebackAmount) {

    public static AllocationMetrics none() {
        return new AllocationMetrics(Map.of(), Map.of(), Map.of());
    }
}
