package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * The statements a run would build for a month, before the issued ones are taken into account.
 *
 * @param costTotal          the provider BilledCost total of the month, full precision
 * @param effectiveCostTotal the provider EffectiveCost total, full precision
 * @param drafts             one per business unit, ordered by business unit code
 * @param unallocatedCosts   provider cost no rule and no tag claimed, per service category (also on the platform
 *                           team's draft as UNALLOCATED lines)
 * @param costGroups         every cost group of the month, once (the line sources point at them)
 */
public record StatementPlan(YearMonth month, Currency currency, BigDecimal costTotal, BigDecimal effectiveCostTotal,
                            List<Draft> drafts, List<UnallocatedCost> unallocatedCosts,
                            List<org.chargeback.chargeback.allocation.CostGroup> costGroups) {

    Money unallocatedTotal() {
        return unallocatedCosts.stream().map(UnallocatedCost::amount).reduce(Money.zero(currency), Money::plus);
    }

    /**
     * The draft statement of one business unit.
     *
     * @param sources the cost groups behind each provider line, by line number (lineage)
     */
    public record Draft(String businessUnit, List<StatementLine> lines, Map<Integer, List<LineCostSource>> sources,
                        List<UsageRow> usage, Totals totals) {
    }

    /**
     * @param showback    every SHOWBACK line (provider and entries)
     * @param manual      the SHOWBACK lines from manual and recurring entries (not provider cost)
     * @param chargeback  CHARGEBACK and ADJUSTMENT lines: the invoice total
     * @param unallocated UNALLOCATED lines (the platform team's statement only)
     */
    public record Totals(Money showback, Money manual, Money chargeback, Money unallocated) {
    }
}
