package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;

/**
 * Provider cost of the month no allocation rule and no business unit tag claimed, per service category: kept on the
 * run (and shown on the platform team's statement) so the statements plus this rest add up to the provider total.
 *
 * @param billedCost exact FOCUS BilledCost
 * @param amount     the sum of its lines, rounded with the run's showback lines (largest remainder)
 */
public record UnallocatedCost(int lineNumber, String serviceCategory, BigDecimal billedCost, Money amount) {
}
