package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.math.BigDecimal;

/**
 * A share of a cost group given to a business unit (and optionally a use case), with its categories, exact (not
 * rounded). {@code businessUnit} null = unallocated: no rule and no business unit tag claimed it. The shares of one
 * group always add up to the group exactly. {@code ruleCode}/{@code ruleVersion} name the allocation rule version
 * that decided (null when the business unit tag or nothing did), for the statement line's lineage.
 */
public record AllocatedCost(CostGroup source, String businessUnit, String useCase, WorkloadCategory workloadCategory,
                            BudgetCategory budgetCategory, BigDecimal billedCost, BigDecimal effectiveCost,
                            String ruleCode, Integer ruleVersion) {

    public boolean isAllocated() {
        return businessUnit != null;
    }
}
