package org.chargeback.chargeback.costentry;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.math.BigDecimal;

/**
 * A cost of a month that no FOCUS file brings, as the statement run reads it ({@link CostEntryService#costsOf}).
 *
 * @param source      {@code "MANUAL"} (a cost entry or a reversal) or {@code "RECURRING"} (a recurring entry version)
 * @param reference   the cost entry id, or {@code "<code>@v<version>"} of the recurring entry version in force
 * @param useCase     null when the cost is not tied to a use case
 * @param quantity    seats; null for MANUAL
 * @param unitPrice   per seat and month; null for MANUAL
 * @param amount      exact, never rounded: the entry's amount, or quantity x unitPrice (the statement line rounds)
 * @param currency    ISO 4217; entries are only accepted in the reporting currency
 */
public record ManualCost(String source, String reference, String businessUnit, String useCase,
                         WorkloadCategory workloadCategory, BudgetCategory budgetCategory, String description,
                         BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String currency) {

    public static final String MANUAL = "MANUAL";
    public static final String RECURRING = "RECURRING";
}
