package org.chargeback.chargeback.page;

import org.chargeback.chargeback.statement.dto.StatementView;

import java.util.List;

/**
 * Everything the statement page shows, for one business unit and month. The statement itself is the API's
 * {@link StatementView}, built by the same service calls as {@code GET /v1/statements/{id}}, so every number on
 * the page is the API's.
 *
 * @param status          HTTP status of the page: 200, or 400/403/404 with a {@code notice} saying why
 * @param businessUnits   the form's choices: the business units the caller may see
 * @param businessUnit    the selected business unit; null when there is none to show
 * @param month           the selected month, YYYY-MM; null when none could be chosen
 * @param statementMonths months with a standing statement of the business unit, newest first
 * @param notice          a plain sentence when there is no statement to show (empty month, no usage, no access)
 * @param statement       the standing statement of the month; null when there is none
 * @param adjustments     its ADJUSTMENT lines
 * @param budget          the budget burn; null when the business unit has no budget
 */
public record StatementPage(int status, List<Choice> businessUnits, String businessUnit, String businessUnitName,
                            String month, List<String> statementMonths, String notice, StatementView statement,
                            String jsonLink, String csvLink, String invoiceLink,
                            List<StatementView.LineView> adjustments, Charts.BarChart byBudgetCategory,
                            Charts.BarChart byUseCase, Charts.TrendChart trend, Charts.BurnGauge budget) {

    /** A business unit in the form's list. */
    public record Choice(String code, String label, boolean selected) {
    }

    public boolean hasStatement() {
        return statement != null;
    }

    /** What the page's title names: "Customer Support (customer-support), 2026-10". */
    public String title() {
        if (businessUnit == null) {
            return "Statements";
        }
        String who = businessUnitName == null ? businessUnit : businessUnitName + " (" + businessUnit + ")";
        return month == null ? who : who + ", " + month;
    }
}
