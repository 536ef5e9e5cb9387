package org.chargeback.pricing.quote;

import org.chargeback.pricing.pricebook.PriceVersion;
import org.chargeback.pricing.product.Product;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The quote arithmetic. Pure: no CDI, no I/O, so it is unit tested without Quarkus. */
public final class QuoteCalculator {

    private QuoteCalculator() {
    }

    /**
     * The day whose price applies at {@code at}: its UTC date. Versions start at 00:00 UTC on effectiveFrom, so
     * 2026-09-30T23:30:00-02:00 (= 2026-10-01T01:30Z) is priced by a version starting 2026-10-01.
     */
    public static LocalDate pricingDay(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /**
     * quantity x unitPrice, exact. Not rounded and no MathContext: a quote is an intermediate figure and must
     * keep every digit (0.0000004 per token x 1234 tokens = 0.0004936); the statement line rounds, once.
     */
    public static BigDecimal amount(BigDecimal quantity, BigDecimal unitPrice) {
        return quantity.multiply(unitPrice);
    }

    /**
     * Prices {@code quantity} units of {@code product} with {@code price}, the version in force at {@code at}.
     *
     * @throws IllegalArgumentException if the quantity is not positive or the version was not in force at {@code at}
     */
    public static Quote quote(Product product, String businessUnit, BigDecimal quantity, Instant at,
                              PriceVersion price) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be greater than 0, was " + quantity.toPlainString());
        }
        LocalDate day = pricingDay(at);
        if (day.isBefore(price.effectiveFrom()) || (price.effectiveTo() != null && !day.isBefore(price.effectiveTo()))) {
            throw new IllegalArgumentException("Price version " + price.id() + " [" + price.effectiveFrom() + ", "
                    + price.effectiveTo() + ") is not in force on " + day);
        }
        return new Quote(product.code(), businessUnit, quantity, product.unit(), price.unitPrice(), price.currency(),
                amount(quantity, price.unitPrice()), price.id(), price.effectiveFrom(), at);
    }
}
