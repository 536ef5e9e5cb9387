package org.chargeback.chargeback.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount in the currency's minor unit (2 decimals for USD and EUR, 0 for JPY), never a {@code double}.
 * This is the one place that knows how a statement or invoice amount is rounded.
 */
public record Money(BigDecimal amount, Currency currency) {

    /** Banker's rounding: unbiased over the many lines of a statement run. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(minorUnitDigits(currency), ROUNDING);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Rounds an exact amount (a provider cost, quantity x unit price) to the currency's minor unit, HALF_EVEN. */
    public static Money round(BigDecimal exactAmount, Currency currency) {
        return new Money(exactAmount, currency);
    }

    /** Decimal places of the currency's minor unit; currencies without one (XAU, XXX) cannot be billed. */
    public static int minorUnitDigits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("Currency " + currency + " has no minor unit and cannot be billed");
        }
        return digits;
    }

    /** An ISO 4217 code as written (upper case, known to the JDK). */
    public static boolean isIsoCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** Same value in the same currency; compares numerically, never with {@code BigDecimal.equals}. */
    public boolean isSameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
