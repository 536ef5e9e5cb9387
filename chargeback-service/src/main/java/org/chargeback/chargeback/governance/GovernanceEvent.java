package org.chargeback.chargeback.governance;

import org.chargeback.chargeback.budget.TriggerLevel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A budget crossed a threshold: on its actual spend ({@code ACTUAL}) or on the straight-line projection to the
 * period's end ({@code PROJECTED}). Raised once per budget, level and basis. Or a business unit's monthly spend left
 * a consumption corridor ({@code corridor} set; no budget, no level, no projection): raised once per corridor and
 * month.
 */
public record GovernanceEvent(UUID id, UUID budgetId, TriggerLevel level, String basis, BigDecimal thresholdPercent,
                              BigDecimal percent, BigDecimal actual, BigDecimal projected, BigDecimal governedAmount,
                              String currency, LocalDate evaluatedThrough, EventState state, Instant raisedAt,
                              String raisedBy, Instant acknowledgedAt, String acknowledgedBy,
                              String acknowledgeReason, Instant decidedAt, String decidedBy, String decisionReason,
                              CorridorCrossing corridor) {

    /** The corridor left: spend {@code ABOVE_CEILING} or {@code BELOW_FLOOR} of the metric in the month. */
    public record CorridorCrossing(String businessUnit, String metric, String month, String status,
                                   BigDecimal metricValue) {
    }
}
