package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;

/**
 * Provider cost of the month without a business unit tag, per service category: kept on the run so the statements
 * plus this rest add up to the provider total.
 *
 * @param billedCost exact FOCUS BilledCost
 * @param amount     rounded with the run's showback lines (largest remainder, see {@link ShowbackRounding})
 */
public record UnallocatedCost(int lineNumber, String serviceCategory, BigDecimal billedCost, Money amount) {
}
