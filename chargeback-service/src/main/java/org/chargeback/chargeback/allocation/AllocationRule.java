package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * One version of an allocation rule. Versions are never changed: a change is the next version, and for a month the
 * rule's version in force is the highest-numbered one whose [effectiveFrom, effectiveTo) contains the month.
 *
 * @param priority         lower is evaluated first; ties by code
 * @param effectiveTo      exclusive; null = open-ended
 * @param match            all must hold; empty = every cost
 * @param workloadCategory null = this rule does not set it
 * @param budgetCategory   null = this rule does not set it
 */
public record AllocationRule(String code, int version, String name, int priority, YearMonth effectiveFrom,
                             YearMonth effectiveTo, List<RuleCondition> match, RuleAllocation allocate,
                             WorkloadCategory workloadCategory, BudgetCategory budgetCategory, String changedBy,
                             String reason, Instant createdAt) {

    public AllocationRule {
        match = match == null ? List.of() : List.copyOf(match);
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(effectiveFrom) && (effectiveTo == null || month.isBefore(effectiveTo));
    }

    public boolean matches(CostGroup group) {
        for (RuleCondition condition : match) {
            if (!condition.matches(group)) {
                return false;
            }
        }
        return true;
    }

    public String etag() {
        return "\"" + version + "\"";
    }
}
