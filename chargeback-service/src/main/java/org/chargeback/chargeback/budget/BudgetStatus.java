package org.chargeback.chargeback.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where a budget stands on {@code evaluatedThrough}: actual spend, its straight-line projection to the period's end,
 * the governed amount they are measured against, and the highest level the actual reached.
 */
public record BudgetStatus(BigDecimal actual, BigDecimal projected, BigDecimal governed, BigDecimal percent,
                           BigDecimal projectedPercent, LocalDate evaluatedThrough, boolean open, String level) {

    static BudgetStatus of(Budget budget, BigDecimal actual, LocalDate today) {
        BigDecimal governed = budget.split().governed();
        BigDecimal projected = BudgetMath.project(actual, budget.period(), today);
        String level = null;
        for (TriggerLevel l : TriggerLevel.values()) {
            if (budget.isGoverned() && BudgetMath.crosses(actual, governed, l.thresholdOf(budget))) {
                level = l.name();
            }
        }
        int digits = budget.currency().getDefaultFractionDigits();
        return new BudgetStatus(actual, projected.setScale(digits, java.math.RoundingMode.HALF_EVEN), governed, BudgetMath.percent(actual, governed),
                BudgetMath.percent(projected, governed), today, BudgetMath.isOpen(budget.period(), today), level);
    }

    /** The exact projection is needed for comparisons; the rounded one is for display. */
    public static BigDecimal exactProjection(Budget budget, BigDecimal actual, LocalDate today) {
        return BudgetMath.project(actual, budget.period(), today);
    }
}
