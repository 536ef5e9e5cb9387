package org.chargeback.chargeback.costentry;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A manual cost of one business unit and month. Immutable and never deleted: a reversal (an entry with the negated
 * amount that {@code reverses} this one) cancels it.
 *
 * @param useCase    null when not tied to a use case
 * @param amount     full precision; negative for a credit
 * @param reverses   the entry this one cancels; null for an ordinary entry
 * @param reason     why the entry it reverses was wrong; null for an ordinary entry
 * @param reversedBy the entry that cancels this one; null while it stands
 */
public record CostEntry(UUID id, YearMonth month, String businessUnit, String useCase, BudgetCategory budgetCategory,
                        WorkloadCategory workloadCategory, BigDecimal amount, String currency, String description,
                        String enteredBy, Instant enteredAt, UUID reverses, String reason, UUID reversedBy) {

    public boolean isReversal() {
        return reverses != null;
    }

    public boolean isReversed() {
        return reversedBy != null;
    }

    /** The entry that cancels this one: same month, business unit, use case and categories, negated amount. */
    CostEntry reversal(UUID id, String reason, String enteredBy, Instant enteredAt) {
        return new CostEntry(id, month, businessUnit, useCase, budgetCategory, workloadCategory, amount.negate(),
                currency, "Reversal: " + description, enteredBy, enteredAt, this.id, reason, null);
    }

    ManualCost toManualCost() {
        return new ManualCost(ManualCost.MANUAL, id.toString(), businessUnit, useCase, workloadCategory, budgetCategory,
                description, null, null, amount, currency);
    }
}
