package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * The statements a run would build for a month, before the issued ones are taken into account.
 *
 * @param costTotal the provider BilledCost total of the month, full precision
 * @param drafts    one per business unit, ordered by business unit code
 */
public record StatementPlan(YearMonth month, Currency currency, BigDecimal costTotal, List<Draft> drafts,
                     List<UnallocatedCost> unallocatedCosts) {

    Money unallocatedTotal() {
        return unallocatedCosts.stream().map(UnallocatedCost::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** The draft statement of one business unit. */
    public record Draft(String businessUnit, List<StatementLine> lines, Money showbackTotal, Money chargebackTotal) {
    }
}
