package org.chargeback.chargeback.page;

import org.chargeback.chargeback.statement.dto.StatementView;

import java.time.YearMonth;
import java.util.Optional;

/**
 * Where the statement page gets a business unit's budget burn from: the seam for the budgets capability.
 *
 * <p>Budgets are being built in their own package ({@code budget}); until a bean of theirs implements this
 * interface, {@link NoBudgets} answers "no budget" and the page says "No budget set for this business unit". The
 * page draws whatever this answers against the 80, 90 and 110 % lines; it computes no budget figures itself.
 */
public interface BudgetBurnSource {

    /**
     * The burn of {@code businessUnit}'s budget in {@code month}; empty when it has no budget.
     *
     * @param statement the standing statement of that month (null when there is none), should the budget be
     *                  measured against its showback or chargeback
     */
    Optional<BudgetBurn> burnOf(String businessUnit, YearMonth month, StatementView statement);
}
