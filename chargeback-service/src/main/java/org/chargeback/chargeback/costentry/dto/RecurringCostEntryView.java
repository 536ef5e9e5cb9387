package org.chargeback.chargeback.costentry.dto;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.costentry.RecurringCostEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** One version of a recurring cost entry. */
@Schema(name = "RecurringCostEntryView")
public record RecurringCostEntryView(
        @Schema(example = "support-copilot") String code,
        @Schema(description = "1, 2, ...; the ETag header is the latest version in quotes", example = "1") int version,
        @Schema(example = "support") String businessUnit,
        @Schema(description = "Null when not tied to a use case") String useCase,
        @Schema(example = "Microsoft 365 Copilot seats") String description,
        @Schema(description = "Seats", example = "120") BigDecimal quantity,
        @Schema(description = "Per seat and month", example = "30.00") BigDecimal unitPrice,
        @Schema(description = "quantity x unitPrice, exact (not rounded)", example = "3600.00") BigDecimal monthlyAmount,
        @Schema(example = "USD") String currency,
        BudgetCategory budgetCategory,
        WorkloadCategory workloadCategory,
        @Schema(example = "2026-10") String fromMonth,
        @Schema(description = "Inclusive; null = open-ended", example = "2027-09") String toMonth,
        @Schema(example = "finops@example.com") String enteredBy,
        Instant enteredAt) {

    public static RecurringCostEntryView from(RecurringCostEntry e) {
        return new RecurringCostEntryView(e.code(), e.version(), e.businessUnit(), e.useCase(), e.description(),
                e.quantity(), e.unitPrice(), e.monthlyAmount(), e.currency(), e.budgetCategory(),
                e.workloadCategory(), e.fromMonth().toString(), e.toMonth() == null ? null : e.toMonth().toString(),
                e.enteredBy(), e.enteredAt());
    }
}
