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
                                  Instant decidedAt, String decidedBy, String decisionReason) {

    public static GovernanceEventView from(GovernanceEvent e, Budget b) {
        return new GovernanceEventView(e.id(), e.budgetId(), b.scope(), b.businessUnit(), b.useCase(),
                b.budgetCategory(), b.period().label(), e.level(), e.basis(), e.thresholdPercent(), e.percent(),
                e.actual(), e.projected(), e.governedAmount(), e.currency(), e.evaluatedThrough(), e.state().name(),
                e.raisedAt(), e.raisedBy(), e.acknowledgedAt(), e.acknowledgedBy(), e.acknowledgeReason(),
                e.decidedAt(), e.decidedBy(), e.decisionReason());
    }
}
