package org.chargeback.chargeback.statement;

/**
 * A rule another capability puts on issuing (governance: a period over its approval threshold needs a recorded
 * executive approval). Called before anything is frozen or issued; refuses by throwing a ProblemException.
 */
public interface StatementIssueGuard {

    void checkIssuable(Statement draft);
}
