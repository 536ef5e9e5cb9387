package org.chargeback.chargeback.category;

/** The two categories of a cost. */
public record CostCategories(WorkloadCategory workload, BudgetCategory budget) {
}
