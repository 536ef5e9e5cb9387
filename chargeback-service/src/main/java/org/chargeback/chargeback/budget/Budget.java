package org.chargeback.chargeback.budget;

import org.chargeback.chargeback.category.BudgetCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * An envelope: {@code amount} for a business unit (optionally one use case and one budget category) in a month or
 * quarter. {@code originalAmount} is what it was created with; reallocations move {@code amount}.
 */
public record Budget(UUID id, String businessUnit, String useCase, BudgetCategory budgetCategory, BudgetPeriod period,
                     Currency currency, BigDecimal originalAmount, BigDecimal amount, BigDecimal productionPercent,
                     BigDecimal scalingPercent, BigDecimal experimentalPercent, BigDecimal innovationReservePercent,
                     Thresholds thresholds, String createdBy, Instant createdAt) {

    /** Percent of the governed amount at which each governance level is raised (defaults 80 / 90 / 110). */
    public record Thresholds(BigDecimal alertPercent, BigDecimal reviewPercent, BigDecimal approvalPercent) {
    }

    public BudgetMath.Split split() {
        return BudgetMath.split(amount, innovationReservePercent, productionPercent, scalingPercent,
                currency.getDefaultFractionDigits());
    }

    /** Spend in the innovation reserve is never flagged, so a budget of that category raises nothing. */
    public boolean isGoverned() {
        return budgetCategory != BudgetCategory.INNOVATION_RESERVE;
    }

    /** "support / ticket-resolution / VENDOR_AND_API / 2026-Q4": how events and logs name the budget. */
    public String scope() {
        return businessUnit + (useCase == null ? "" : " / " + useCase)
                + (budgetCategory == null ? "" : " / " + budgetCategory) + " / " + period.label();
    }
}
