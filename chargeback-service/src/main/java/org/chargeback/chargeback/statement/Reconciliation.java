package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Does the month's provider cost add up? allocated (showback of every statement of the month) + unallocated rest
 * must equal the provider's BilledCost total rounded HALF_EVEN to the currency's minor unit.
 *
 * @param costTotal the month's BilledCost as the ingestion totals report it, full precision
 */
public record Reconciliation(Currency currency, BigDecimal costTotal, Money allocatedTotal, Money unallocatedTotal,
                             boolean reconciled) {

    public static Reconciliation of(BigDecimal costTotal, Money allocatedTotal, Money unallocatedTotal) {
        Money provider = Money.round(costTotal, allocatedTotal.currency());
        boolean reconciled = allocatedTotal.plus(unallocatedTotal).isSameAs(provider);
        return new Reconciliation(allocatedTotal.currency(), costTotal, allocatedTotal, unallocatedTotal, reconciled);
    }
}
