package org.chargeback.pricing.quote;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * What a quantity of a product costs a business unit at a point in time.
 *
 * @param quantity  in product units, as asked (greater than zero)
 * @param unitPrice the unit price of the version in force at {@code at}
 * @param amount    quantity x unitPrice exactly, not rounded: the statement line rounds, once
 * @param priceId   the price version used, so the charge can be traced to it
 * @param at        the point in time priced; its UTC date chose the version
 */
public record Quote(String product, String businessUnit, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    Currency currency, BigDecimal amount, UUID priceId, LocalDate effectiveFrom, Instant at) {
}
