package org.chargeback.chargeback.governance;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.budget.Budget;
import org.chargeback.chargeback.budget.BudgetMath;
import org.chargeback.chargeback.budget.BudgetService;
import org.chargeback.chargeback.budget.BudgetStatus;
import org.chargeback.chargeback.budget.TriggerLevel;
import org.chargeback.chargeback.statement.Statement;
import org.chargeback.chargeback.statement.StatementIssueGuard;
import org.chargeback.support.problem.ProblemException;

import java.util.List;

/**
 * A statement of a period whose budget is at or above its approval threshold (default 110 %) is issued only after
 * an executive approved the EXECUTIVE_APPROVAL event of that budget (either basis): 409
 * {@code /problems/approval-required} naming the event otherwise.
 */
@ApplicationScoped
class ApprovalIssueGuard implements StatementIssueGuard {

    private final BudgetService budgets;
    private final GovernanceService governance;

    ApprovalIssueGuard(BudgetService budgets, GovernanceService governance) {
        this.budgets = budgets;
        this.governance = governance;
    }

    @Override
    public void checkIssuable(Statement draft) {
        for (Budget budget : budgets.budgetsCovering(draft.month(), draft.businessUnit())) {
            if (!budget.isGoverned()) {
                continue;
            }
            BudgetStatus status = budgets.statusOf(budget);
            if (!BudgetMath.crosses(status.actual(), status.governed(),
                    TriggerLevel.EXECUTIVE_APPROVAL.thresholdOf(budget))) {
                continue;
            }
            List<GovernanceEvent> approvals = governance.approvalEventsOf(budget, status);
            if (approvals.stream().anyMatch(e -> e.state() == EventState.APPROVED)) {
                continue;
            }
            GovernanceEvent open = approvals.stream().filter(e -> GovernanceService.ACTUAL.equals(e.basis()))
                    .findFirst().orElse(approvals.get(0));
            throw new ProblemException(409, "approval-required", "Executive approval required",
                    "Budget " + budget.id() + " (" + budget.scope() + ") is at " + status.percent() + " % of "
                            + status.governed().toPlainString() + " " + budget.currency() + ", at or above its "
                            + "approval threshold of " + TriggerLevel.EXECUTIVE_APPROVAL.thresholdOf(budget)
                            + " %; governance event " + open.id() + " is " + open.state()
                            + ": acknowledge and approve it (POST /v1/governance/events/" + open.id()
                            + "/acknowledgement, then /approval) before issuing")
                    .with("governanceEventId", open.id().toString())
                    .with("budgetId", budget.id().toString())
                    .with("state", open.state().name());
        }
    }
}
