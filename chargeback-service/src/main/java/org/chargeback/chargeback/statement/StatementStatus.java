package org.chargeback.chargeback.statement;

/** Life cycle of a statement. */
public enum StatementStatus {
    /** Rebuilt by every run of its month until issued. */
    DRAFT,
    /** Final: invoiced, never changed or replaced by a later run. */
    ISSUED;

    public boolean isIssued() {
        return this == ISSUED;
    }
}
