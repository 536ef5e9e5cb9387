package org.chargeback.chargeback.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Hand-computed cases. */
class ForecastCalculatorTest {

    private static final List<ForecastCalculator.Scenario> DEFAULTS = ForecastService.DEFAULT_SCENARIOS;

    @Test
    void shouldWeighTheScenariosWithoutDeflation() {
        // 1,000 a month: baseline 1,000, expansion 2,000, breakthrough 3,000; 0.6 x 1,000 + 0.3 x 2,000 + 0.1 x 3,000
        // = 1,500 expected; constrained 1,200, growth 1,800; twelve months 18,000.
        ForecastCalculator.Result r = ForecastCalculator.forecast(new BigDecimal("1000"), 12, BigDecimal.ZERO,
                DEFAULTS, 2);

        ForecastCalculator.Month first = r.months().get(0);
        assertThat(first.scenarioCosts()).extracting(BigDecimal::toPlainString)
                .containsExactly("1000.00", "2000.00", "3000.00");
        assertThat(first.expected()).isEqualByComparingTo("1500.00");
        assertThat(first.constrained()).isEqualByComparingTo("1200.00");
        assertThat(first.growth()).isEqualByComparingTo("1800.00");
        assertThat(r.expectedTotal()).isEqualByComparingTo("18000.00");
        assertThat(r.constrainedTotal()).isEqualByComparingTo("14400.00");
        assertThat(r.growthTotal()).isEqualByComparingTo("21600.00");
    }

    @Test
    void shouldDeflatePricesByTheYearlyRateCompoundedMonthly() {
        // 25 % a year: month 12 costs exactly 0.75 of today, month 24 0.5625; month 6 is sqrt(0.75) = 0.8660254038.
        ForecastCalculator.Result r = ForecastCalculator.forecast(new BigDecimal("1000"), 24, new BigDecimal("25"),
                DEFAULTS, 2);

        assertThat(r.months().get(11).expected()).isEqualByComparingTo("1125.00");
        assertThat(r.months().get(11).priceFactor()).isEqualByComparingTo("0.7500000000");
        assertThat(r.months().get(23).expected()).isEqualByComparingTo("843.75");
        assertThat(r.months().get(5).priceFactor()).isEqualByComparingTo("0.8660254038");
        assertThat(r.months().get(5).scenarioCosts().get(0)).isEqualByComparingTo("866.03");
    }

    @Test
    void shouldFindTheTwelfthRoot() {
        assertThat(ForecastCalculator.monthlyPriceFactor(new BigDecimal("25")).pow(12, ForecastCalculator.MC)
                .setScale(20, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.75");
    }
}
