package org.chargeback.chargeback.allocation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
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

    /** A business unit's usage of a product in the month; {@code amount} null = unrated (units count, no amount). */
    public record Usage(String businessUnit, String product, BigDecimal quantity, BigDecimal amount) {
    }

    /** Sums the month's usage per business unit (and product). */
    public static AllocationMetrics of(List<Usage> usage) {
        Map<String, BigDecimal> units = new HashMap<>();
        Map<String, Map<String, BigDecimal>> unitsByProduct = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Usage u : usage) {
            units.merge(u.businessUnit(), u.quantity(), BigDecimal::add);
            unitsByProduct.computeIfAbsent(u.businessUnit(), bu -> new HashMap<>())
                    .merge(u.product(), u.quantity(), BigDecimal::add);
            if (u.amount() != null) {
                amounts.merge(u.businessUnit(), u.amount(), BigDecimal::add);
            }
        }
        return new AllocationMetrics(units, unitsByProduct, amounts);
    }
}
