package org.chargeback.chargeback.category;

/** The budget line a cost is charged against; together the five make a complete AI budget. */
public enum BudgetCategory {
    INFRASTRUCTURE_AND_COMPUTE,
    /** People: never in a provider bill, so only manual cost entries bring it in. */
    TALENT,
    VENDOR_AND_API,
    DATA_AND_TOOLING,
    INNOVATION_RESERVE
}
