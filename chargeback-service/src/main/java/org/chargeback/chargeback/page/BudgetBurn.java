package org.chargeback.chargeback.page;

import java.math.BigDecimal;

/**
 * How much of a business unit's budget a month has used, as the budget owner defines it.
 *
 * @param label    what the budget is, as the page shows it (e.g. "FY2026 AI budget, year to date")
 * @param budget   the budget amount, in the currency's minor unit
 * @param consumed what counts against it so far, in the currency's minor unit
 * @param currency ISO 4217 code
 */
public record BudgetBurn(String label, BigDecimal budget, BigDecimal consumed, String currency) {
}
