package org.chargeback.chargeback.statement;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * One build of a month's statements from the upstream costs, usage and prices.
 *
 * @param unallocatedCosts the month's costs without a business unit tag
 * @param statements       every statement of the month as it is now (issued ones and the current drafts), no lines
 */
public record StatementRun(UUID id, YearMonth month, Currency currency, Instant createdAt,
                           Reconciliation reconciliation, List<UnallocatedCost> unallocatedCosts,
                           List<Statement> statements) {
}
