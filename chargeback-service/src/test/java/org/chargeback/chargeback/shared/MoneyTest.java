package org.chargeback.chargeback.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Chargeback lines are rounded one by one with Money: HALF_EVEN to the currency's minor unit. */
class MoneyTest {

    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            4.165       | USD | 4.16
            4.175       | USD | 4.18
            4.1625      | USD | 4.16
            0.125       | USD | 0.12
            0.135       | USD | 0.14
            -0.125      | USD | -0.12
            1020        | USD | 1020.00
            0.004999999 | USD | 0.00
            2.5         | JPY | 2
            3.5         | JPY | 4
            1.0005      | BHD | 1.000
            1.0015      | BHD | 1.002
            """)
    void shouldRoundHalfEvenToTheMinorUnit(String exact, String currency, String expected) {
        Money money = Money.round(new BigDecimal(exact), Currency.getInstance(currency));

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
    }

    @Test
    void shouldAddInTheSameCurrencyOnly() {
        Money usd = new Money(new BigDecimal("1.10"), Currency.getInstance("USD"));

        assertThat(usd.plus(usd).amount()).isEqualTo(new BigDecimal("2.20"));
        assertThatThrownBy(() -> usd.plus(new Money(BigDecimal.ONE, Currency.getInstance("EUR"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }

    @Test
    void shouldCompareNumericallyNotByScale() {
        Currency usd = Currency.getInstance("USD");

        assertThat(new Money(new BigDecimal("1.1"), usd).isSameAs(new Money(new BigDecimal("1.100"), usd))).isTrue();
    }
}
