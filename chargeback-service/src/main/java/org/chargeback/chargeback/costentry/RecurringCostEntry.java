package org.chargeback.chargeback.costentry;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * One version of a recurring cost entry: {@code quantity} seats at {@code unitPrice} each month from {@code fromMonth}
 * to {@code toMonth} (inclusive; null = open-ended). Versions are never edited; a change is the next version.
 *
 * @param quantity  seats, more than 0
 * @param unitPrice per seat and month, full precision, 0 or more
 */
public record RecurringCostEntry(String code, int version, String businessUnit, String useCase, String description,
                                 BigDecimal quantity, BigDecimal unitPrice, String currency,
                                 BudgetCategory budgetCategory, WorkloadCategory workloadCategory, YearMonth fromMonth,
                                 YearMonth toMonth, String enteredBy, Instant enteredAt) {

    /** Exact: quantity x unitPrice, never rounded here (120 x 30 = 3600, 7 x 19.99 = 139.93). */
    public BigDecimal monthlyAmount() {
        return quantity.multiply(unitPrice);
    }

    public String etag() {
        return "\"" + version + "\"";
    }

    /** How a statement names the version it charged: {@code copilot-seats@v2}. */
    public String reference() {
        return code + "@v" + version;
    }

    ManualCost toManualCost() {
        return new ManualCost(ManualCost.RECURRING, reference(), businessUnit, useCase, workloadCategory,
                budgetCategory, description, quantity, unitPrice, monthlyAmount(), currency);
    }
}
