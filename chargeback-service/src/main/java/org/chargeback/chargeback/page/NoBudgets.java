package org.chargeback.chargeback.page;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.statement.dto.StatementView;

import java.time.YearMonth;
import java.util.Optional;

/** Until the budgets capability provides a {@link BudgetBurnSource}, no business unit has a budget. */
@DefaultBean
@ApplicationScoped
class NoBudgets implements BudgetBurnSource {

    @Override
    public Optional<BudgetBurn> burnOf(String businessUnit, YearMonth month, StatementView statement) {
        return Optional.empty();
    }
}
