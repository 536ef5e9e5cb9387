package org.chargeback.chargeback.statement;

import java.time.YearMonth;
import java.util.UUID;

/**
 * Fired at the end of every statement run's transaction (observe with {@code during = AFTER_SUCCESS} to see it
 * committed): budgets evaluate their governance triggers on the new month-to-date actuals.
 */
public record StatementsBuilt(UUID runId, YearMonth month) {
}
