package org.chargeback.chargeback.statement;

/** What a statement line stands for. */
public enum LineKind {
    /** Provider cost (FOCUS BilledCost) of one service category consumed by the business unit: shown, not billed. */
    SHOWBACK,
    /** Outcome usage priced from the price book: billed to the business unit on the invoice. */
    CHARGEBACK,
    /** Outcome usage without a price in force: listed with its quantity, never billed and never priced at zero. */
    UNRATED;

    /** Counts toward the chargeback total and the invoice total. */
    public boolean isCharge() {
        return this == CHARGEBACK;
    }

    /** Is carried onto the invoice (charged, or listed without an amount). */
    public boolean isInvoiced() {
        return this == CHARGEBACK || this == UNRATED;
    }
}
