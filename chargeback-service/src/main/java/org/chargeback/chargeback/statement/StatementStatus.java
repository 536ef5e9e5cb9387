package org.chargeback.chargeback.statement;

/** Life cycle of a statement: DRAFT -> ISSUED -> VOIDED. */
public enum StatementStatus {
    /** Rebuilt by every run of its month until issued. */
    DRAFT,
    /** Final: invoiced, never changed or replaced by a later run (showback restatements are new versions). */
    ISSUED,
    /** Cancelled after issue, with a reason and a credit note; the month's next run builds a new draft. */
    VOIDED;

    public boolean isIssued() {
        return this == ISSUED;
    }

    /** Issued or voided: the content is frozen. */
    public boolean isFinal() {
        return this != DRAFT;
    }
}
