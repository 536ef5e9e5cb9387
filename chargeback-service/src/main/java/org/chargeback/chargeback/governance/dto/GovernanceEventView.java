package org.chargeback.chargeback.governance.dto;

import org.chargeback.chargeback.budget.Budget;
import org.chargeback.chargeback.budget.TriggerLevel;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.governance.GovernanceEvent;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "GovernanceEventView", description = "A budget crossed a threshold; raised once, then acknowledged, "
        + "then approved or rejected, each with who and why")
public record GovernanceEventView(UUID id, UUID budgetId,
                                  @Schema(description = "The budget it fired on, e.g. support / 2026-Q4")
                                  String budgetScope, String businessUnit, String useCase,
                                  BudgetCategory budgetCategory, String period, TriggerLevel level,
                                  @Schema(description = "ACTUAL: spend crossed; PROJECTED: the straight-line "
                                          + "projection to the period's end crossed") String basis,
                                  BigDecimal thresholdPercent, BigDecimal percent, BigDecimal actual,
                                  BigDecimal projected, BigDecimal governedAmount, String currency,
                                  LocalDate evaluatedThrough,
                                  @Schema(description = "RAISED, ACKNOWLEDGED, APPROVED or REJECTED") String state,
                                  Instant raisedAt,
                                  @Schema(description = "schedule, statement-run, on-demand or statement-issue")
                                  String raisedBy,
                                  Instant acknowledgedAt, String acknowledgedBy, String acknowledgeReason,
                                  Instant decidedAt, String decidedBy, String decisionReason,
                                  @Schema(description = "BUDGET: a budget's threshold (budget fields and level set); "
                                          + "CORRIDOR: a consumption corridor left (no budget and no level; metric, "
                                          + "month and corridorStatus set, thresholdPercent the bound crossed, "
                                          + "percent the spend in percent of the metric)") String kind,
                                  @Schema(description = "CORRIDOR: the business metric", example =
                                          "digital-transaction-revenue") String metric,
                                  @Schema(description = "CORRIDOR: the month", example = "2026-10") String month,
                                  @Schema(description = "CORRIDOR: ABOVE_CEILING or BELOW_FLOOR")
                                  String corridorStatus,
                                  @Schema(description = "CORRIDOR: the metric's value reported for the month")
                                  BigDecimal metricValue) {

    /** {@code b} is the event's budget; null for a corridor event. */
    public static GovernanceEventView from(GovernanceEvent e, Budget b) {
        GovernanceEvent.CorridorCrossing k = e.corridor();
        if (k != null) {
            return new GovernanceEventView(e.id(), null, null, k.businessUnit(), null, null, k.month(), null,
                    e.basis(), e.thresholdPercent(), e.percent(), e.actual(), null, null, e.currency(),
                    e.evaluatedThrough(), e.state().name(), e.raisedAt(), e.raisedBy(), e.acknowledgedAt(),
                    e.acknowledgedBy(), e.acknowledgeReason(), e.decidedAt(), e.decidedBy(), e.decisionReason(),
                    "CORRIDOR", k.metric(), k.month(), k.status(), k.metricValue());
        }
        return new GovernanceEventView(e.id(), e.budgetId(), b.scope(), b.businessUnit(), b.useCase(),
                b.budgetCategory(), b.period().label(), e.level(), e.basis(), e.thresholdPercent(), e.percent(),
                e.actual(), e.projected(), e.governedAmount(), e.currency(), e.evaluatedThrough(), e.state().name(),
                e.raisedAt(), e.raisedBy(), e.acknowledgedAt(), e.acknowledgedBy(), e.acknowledgeReason(),
                e.decidedAt(), e.decidedBy(), e.decisionReason(), "BUDGET", null, null, null, null);
    }
}
