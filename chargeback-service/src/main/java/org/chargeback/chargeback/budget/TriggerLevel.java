package org.chargeback.chargeback.budget;

import java.math.BigDecimal;

/** The governance levels of a budget, lowest first. */
public enum TriggerLevel {
    /** Default 80 %: tell the owner. */
    ALERT,
    /** Default 90 %: an optimization review is required. */
    OPTIMIZATION_REVIEW,
    /** Default 110 %: an executive must approve; the period's statements cannot be issued before. */
    EXECUTIVE_APPROVAL;

    public BigDecimal thresholdOf(Budget budget) {
        return switch (this) {
            case ALERT -> budget.thresholds().alertPercent();
            case OPTIMIZATION_REVIEW -> budget.thresholds().reviewPercent();
            case EXECUTIVE_APPROVAL -> budget.thresholds().approvalPercent();
        };
    }
}
