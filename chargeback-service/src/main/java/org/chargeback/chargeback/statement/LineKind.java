package org.chargeback.chargeback.statement;

/** What a statement line stands for. */
public enum LineKind {
    /** Actual cost consumed by the business unit (provider cost, manual or recurring entry): shown, not billed. */
    SHOWBACK,
    /** Outcome usage priced from the price book: billed to the business unit on the invoice. */
    CHARGEBACK,
    /** Outcome usage without a price in force: listed with its quantity, never billed and never priced at zero. */
    UNRATED,
    /**
     * A change to an already issued month (restated costs, late usage, retroactive price correction), carried on a
     * later statement and billed with it: issued statements never change.
     */
    ADJUSTMENT,
    /** Provider cost no rule and no tag claimed: shown on the platform team's statement, never dropped. */
    UNALLOCATED;

    /** Counts toward the chargeback total and the invoice total. */
    public boolean isCharge() {
        return this == CHARGEBACK || this == ADJUSTMENT;
    }

    /** Is carried onto the invoice (charged, or listed without an amount). */
    public boolean isInvoiced() {
        return this == CHARGEBACK || this == UNRATED || this == ADJUSTMENT;
    }
}
