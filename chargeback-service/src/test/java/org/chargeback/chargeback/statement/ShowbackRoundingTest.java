package org.chargeback.chargeback.statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The largest-remainder rounding of a run's showback lines: literal inputs, literal expected cents. */
class ShowbackRoundingTest {

    @ParameterizedTest(name = "[{index}] {0} ({1} digits) -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # exact amounts, in run order           | digits | expected rounded amounts
            0.005 0.005 0.005                       | 2      | 0.01 0.01 0.00
            1.00 2.00 3.00                          | 2      | 1.00 2.00 3.00
            1 2.5                                   | 2      | 1.00 2.50
            0.333 0.333 0.334                       | 2      | 0.33 0.33 0.34
            0.004 0.004 0.004                       | 2      | 0.01 0.00 0.00
            0.001 0.009                             | 2      | 0.00 0.01
            0.015 0.025                             | 2      | 0.02 0.02
            0.125                                   | 2      | 0.12
            0.135                                   | 2      | 0.14
            0.126                                   | 2      | 0.13
            10.004 -0.004                           | 2      | 10.00 0.00
            -2.001                                  | 2      | -2.00
            -0.005 -0.005 -0.005                    | 2      | 0.00 -0.01 -0.01
            -0.004 -0.004 -0.004                    | 2      | 0.00 0.00 -0.01
            5.555 -5.555                            | 2      | 5.56 -5.56
            100.004 -2.001 0.005 0.005              | 2      | 100.00 -2.00 0.01 0.00
            0.123456789 0.987654321                 | 2      | 0.12 0.99
            0.001 0.001 0.001 0.001 0.001 0.001 0.001 0.001 0.001 0.001 | 2 | 0.01 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00 0.00
            33.333333 33.333333 33.333334           | 2      | 33.33 33.33 33.34
            0.00 0.00                               | 2      | 0.00 0.00
            100.5 200.5 300.5                       | 0      | 101 201 300
            0.5 0.5                                 | 0      | 1 0
            0.0005 0.0005                           | 3      | 0.001 0.000
            """)
    void shouldGiveTheMissingCentsToTheLargestRemainders(String exact, int digits, String expected) {
        List<BigDecimal> amounts = decimals(exact);

        List<BigDecimal> rounded = ShowbackRounding.allocateCents(amounts, digits);

        // Exact equality on purpose: the scale must be the currency's minor unit too.
        assertThat(rounded).containsExactlyElementsOf(decimals(expected));
        BigDecimal target = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(digits, RoundingMode.HALF_EVEN);
        assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(target);
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(digits);
        for (int i = 0; i < amounts.size(); i++) {
            assertThat(rounded.get(i).subtract(amounts.get(i)).abs()).isLessThan(minorUnit);
        }
    }

    @Test
    void shouldRoundNothingWhenThereAreNoLines() {
        assertThat(ShowbackRounding.allocateCents(List.of(), 2)).isEmpty();
    }

    @Test
    void shouldRejectANegativeNumberOfDigits() {
        assertThatThrownBy(() -> ShowbackRounding.allocateCents(List.of(BigDecimal.ONE), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<BigDecimal> decimals(String spaceSeparated) {
        return Arrays.stream(spaceSeparated.trim().split("\\s+")).map(BigDecimal::new).toList();
    }
}
