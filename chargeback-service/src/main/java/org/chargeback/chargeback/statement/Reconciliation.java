package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Does the month's provider cost add up? The provider showback of every standing statement + the unallocated rest
 * must equal the provider's total rounded HALF_EVEN to the currency's minor unit, for BilledCost and for
 * EffectiveCost. A difference is reported with its amount, never hidden.
 *
 * @param costTotal               the month's BilledCost as the ingestion totals report it, full precision
 * @param effectiveCostTotal      the month's EffectiveCost, full precision
 * @param effectiveStatementTotal EffectiveCost on the statements (allocated + unallocated lines), rounded
 */
public record Reconciliation(Currency currency, BigDecimal costTotal, Money allocatedTotal, Money unallocatedTotal,
                             boolean reconciled, BigDecimal effectiveCostTotal, Money effectiveStatementTotal,
                             boolean effectiveReconciled) {

    public static Reconciliation of(BigDecimal costTotal, Money allocatedTotal, Money unallocatedTotal,
                                    BigDecimal effectiveCostTotal, Money effectiveStatementTotal) {
        Currency currency = allocatedTotal.currency();
        boolean reconciled = allocatedTotal.plus(unallocatedTotal).isSameAs(Money.round(costTotal, currency));
        boolean effectiveReconciled = effectiveStatementTotal.isSameAs(Money.round(effectiveCostTotal, currency));
        return new Reconciliation(currency, costTotal, allocatedTotal, unallocatedTotal, reconciled,
                effectiveCostTotal, effectiveStatementTotal, effectiveReconciled);
    }

    /** Provider BilledCost (rounded) minus what the statements account for; zero when reconciled. */
    public Money difference() {
        return Money.round(costTotal, currency).minus(allocatedTotal.plus(unallocatedTotal));
    }

    public Money effectiveDifference() {
        return Money.round(effectiveCostTotal, currency).minus(effectiveStatementTotal);
    }

    public boolean balanced() {
        return reconciled && effectiveReconciled;
    }
}
