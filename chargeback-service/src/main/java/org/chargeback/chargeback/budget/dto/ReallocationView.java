package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.budget.Reallocation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "ReallocationView", description = "A move between envelopes; the two amounts after it are shown on "
        + "the budgets, their sum is unchanged")
public record ReallocationView(UUID id, UUID fromBudgetId, UUID toBudgetId, BigDecimal amount, String currency,
                               String reason, String requestedBy, Instant createdAt) {

    public static ReallocationView from(Reallocation r) {
        return new ReallocationView(r.id(), r.fromBudgetId(), r.toBudgetId(), r.amount(), r.currency(), r.reason(),
                r.requestedBy(), r.createdAt());
    }
}
