package org.chargeback.chargeback.governance;

import org.chargeback.chargeback.budget.TriggerLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A budget crossed a threshold: on its actual spend ({@code ACTUAL}) or on the straight-line projection to the
 * period's end ({@code PROJECTED}). Raised once per budget, level and basis.
 */
public record GovernanceEvent(UUID id, UUID budgetId, TriggerLevel level, String basis, BigDecimal thresholdPercent,
                              BigDecimal percent, BigDecimal actual, BigDecimal projected, BigDecimal governedAmount,
                              String currency, LocalDate evaluatedThrough, EventState state, Instant raisedAt,
                              String raisedBy, Instant acknowledgedAt, String acknowledgedBy,
                              String acknowledgeReason, Instant decidedAt, String decidedBy, String decisionReason) {
}
