package org.chargeback.chargeback.statement;

/** Where the cost of a SHOWBACK line comes from. */
public enum LineSource {
    /** A provider's FOCUS rows, allocated by a rule or the business unit tag. */
    PROVIDER,
    /** A manual monthly cost entry (talent, unmetered costs). */
    MANUAL,
    /** A recurring entry, seats x price (AI inside SaaS tools). */
    RECURRING
}
