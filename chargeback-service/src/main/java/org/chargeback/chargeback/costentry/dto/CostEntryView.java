package org.chargeback.chargeback.costentry.dto;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.costentry.CostEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A manual cost entry or a reversal. */
@Schema(name = "CostEntryView")
public record CostEntryView(
        UUID id,
        @Schema(example = "2026-10") String month,
        @Schema(example = "support") String businessUnit,
        @Schema(description = "Null when not tied to a use case", example = "ticket-resolution") String useCase,
        BudgetCategory budgetCategory,
        WorkloadCategory workloadCategory,
        @Schema(description = "Full precision; negative for a credit or a reversal", example = "18500.00")
        BigDecimal amount,
        @Schema(example = "USD") String currency,
        @Schema(example = "ML engineers, 25% of 2 FTE") String description,
        @Schema(example = "finops@example.com") String enteredBy,
        Instant enteredAt,
        @Schema(description = "On a reversal: the entry it cancels; otherwise null") UUID reverses,
        @Schema(description = "On a reversal: why; otherwise null") String reason,
        @Schema(description = "The reversal that cancels this entry; null while it stands") UUID reversedBy) {

    public static CostEntryView from(CostEntry e) {
        return new CostEntryView(e.id(), e.month().toString(), e.businessUnit(), e.useCase(), e.budgetCategory(),
                e.workloadCategory(), e.amount(), e.currency(), e.description(), e.enteredBy(), e.enteredAt(),
                e.reverses(), e.reason(), e.reversedBy());
    }
}
