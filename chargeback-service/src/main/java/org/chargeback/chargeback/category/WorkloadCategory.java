package org.chargeback.chargeback.category;

/** What a cost was spent on, from the AI budgeting practice: every cost lands in exactly one. */
public enum WorkloadCategory {
    PRODUCTION_INFERENCE,
    DEVELOPMENT_AND_TRAINING,
    EXPERIMENTAL,
    /** AI inside SaaS tools (copilot seats): bought per seat, never metered, must still reach the statements. */
    EMBEDDED
}
