package org.chargeback.chargeback.allocation;

/** How an allocation rule puts a matching cost on business units. */
public enum AllocationMethod {
    /** All of it to one business unit (and optionally one of its use cases). */
    DIRECT,
    /** Equal shares among the participating business units. */
    EVEN,
    /** Fixed percentages that add up to exactly 100. */
    FIXED,
    /** In proportion to each business unit's outcome usage units of the month (optionally of one product). */
    USAGE_UNITS,
    /** In proportion to each business unit's chargeback amount of the month (priced usage, before rounding). */
    CHARGEBACK_AMOUNT,
    /** Allocates nothing: the rule only sets categories, and the next rule (or the business unit tag) allocates. */
    NONE;

    /** Methods that split one cost among several business units. */
    public boolean isShared() {
        return this == EVEN || this == FIXED || this == USAGE_UNITS || this == CHARGEBACK_AMOUNT;
    }
}
