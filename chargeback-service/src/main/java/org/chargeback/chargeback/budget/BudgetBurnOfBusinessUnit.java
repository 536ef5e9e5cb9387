package org.chargeback.chargeback.budget;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.page.BudgetBurn;
import org.chargeback.chargeback.page.BudgetBurnSource;
import org.chargeback.chargeback.statement.dto.StatementView;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * The statement page's budget burn: the business unit's own envelope (no use case, no category) whose period
 * contains the month, measured like governance measures it (the governed amount, actuals of the standing
 * statements), so the page's 80/90/110 % lines are the triggers' lines. A quarter's envelope wins over a month's.
 */
@ApplicationScoped
class BudgetBurnOfBusinessUnit implements BudgetBurnSource {

    private final BudgetService budgets;

    BudgetBurnOfBusinessUnit(BudgetService budgets) {
        this.budgets = budgets;
    }

    @Override
    public Optional<BudgetBurn> burnOf(String businessUnit, YearMonth month, StatementView statement) {
        return budgets.budgetsCovering(month, businessUnit).stream()
                .filter(b -> businessUnit.equals(b.businessUnit()) && b.useCase() == null && b.budgetCategory() == null)
                .max(Comparator.comparing((Budget b) -> b.period().type() == BudgetPeriod.Type.QUARTER))
                .map(b -> {
                    BudgetStatus status = budgets.statusOf(b);
                    return new BudgetBurn("Budget " + b.period().label()
                            + " (governed amount, innovation reserve excluded)",
                            status.governed(), status.actual(), b.currency().getCurrencyCode());
                });
    }
}
