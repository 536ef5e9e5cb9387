package org.chargeback.chargeback.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An amount moved from one envelope to another of the same period, with who and why; never changed. */
public record Reallocation(UUID id, UUID fromBudgetId, UUID toBudgetId, BigDecimal amount, String currency,
                           String reason, String requestedBy, Instant createdAt) {
}
