package org.chargeback.chargeback.budget;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetMathTest {

    @ParameterizedTest
    @CsvSource({"799.90, 1000.00, 80, false", "800.00, 1000.00, 80, true", "899.99, 1000.00, 90, false",
            "900.00, 1000.00, 90, true", "1099.99, 1000.00, 110, false", "1100.00, 1000.00, 110, true",
            "0.01, 0, 80, true", "0, 0, 80, false"})
    void shouldCrossAtTheThresholdItselfNeverBelow(String actual, String base, String threshold, boolean crossed) {
        assertThat(BudgetMath.crosses(new BigDecimal(actual), new BigDecimal(base), new BigDecimal(threshold)))
                .isEqualTo(crossed);
    }

    @Test
    void shouldSplitTheReserveOffTheTopAndTheRestSixtyTwentyFiveFifteen() {
        BudgetMath.Split split = BudgetMath.split(new BigDecimal("30000.00"), new BigDecimal("15"),
                new BigDecimal("60"), new BigDecimal("25"), 2);

        assertThat(split.innovationReserve()).isEqualByComparingTo("4500.00");
        assertThat(split.governed()).isEqualByComparingTo("25500.00");
        assertThat(split.production()).isEqualByComparingTo("15300.00");
        assertThat(split.scaling()).isEqualByComparingTo("6375.00");
        assertThat(split.experimental()).isEqualByComparingTo("3825.00");
    }

    @Test
    void shouldKeepEveryCentWhenTheSplitDoesNotDivideEvenly() {
        // 100.01 governed: 60.006 -> 60.01, 25.0025 -> 25.00, experimental takes the rest 15.00 (exact 15.0015).
        BudgetMath.Split split = BudgetMath.split(new BigDecimal("100.01"), BigDecimal.ZERO, new BigDecimal("60"),
                new BigDecimal("25"), 2);

        assertThat(split.production().add(split.scaling()).add(split.experimental())).isEqualByComparingTo("100.01");
        assertThat(split.production()).isEqualByComparingTo("60.01");
        assertThat(split.experimental()).isEqualByComparingTo("15.00");
    }

    @Test
    void shouldProjectStraightLineToTheEndOfTheQuarter() {
        BudgetPeriod q4 = BudgetPeriod.parse("period", "2026-Q4");
        // 24 November: 31 + 24 = 55 of 92 days; 20,400 x 92 / 55 = 34,123.636363...
        assertThat(BudgetMath.project(new BigDecimal("20400.00"), q4, LocalDate.of(2026, 11, 24)))
                .isEqualByComparingTo("34123.636363636364");
        // The last day and after: the projection is the actual.
        assertThat(BudgetMath.project(new BigDecimal("20400.00"), q4, LocalDate.of(2026, 12, 31)))
                .isEqualByComparingTo("20400.00");
        assertThat(BudgetMath.project(new BigDecimal("20400.00"), q4, LocalDate.of(2027, 2, 1)))
                .isEqualByComparingTo("20400.00");
        // The first day counts as one day of spend: x 92.
        assertThat(BudgetMath.project(new BigDecimal("10"), q4, LocalDate.of(2026, 10, 1)))
                .isEqualByComparingTo("920");
        assertThat(BudgetMath.isOpen(q4, LocalDate.of(2026, 12, 30))).isTrue();
        assertThat(BudgetMath.isOpen(q4, LocalDate.of(2026, 12, 31))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"1150.00, 1000.00, 15, true, 15.00", "1149.99, 1000.00, 15, false, 15.00",
            "850.00, 1000.00, 15, true, -15.00", "850.01, 1000.00, 15, false, -15.00"})
    // 1,149.99 is 14.999 %: shown rounded as 15.00 but not flagged; the flag compares exactly.
    void shouldFlagVarianceFromTheThresholdOnBothSides(String actual, String budget, String threshold,
                                                       boolean flagged, String percent) {
        assertThat(BudgetMath.varianceFlagged(new BigDecimal(actual), new BigDecimal(budget),
                new BigDecimal(threshold))).isEqualTo(flagged);
        assertThat(BudgetMath.variancePercent(new BigDecimal(actual), new BigDecimal(budget)))
                .isEqualByComparingTo(percent);
    }

    @Test
    void shouldCountAQuarterBudgetAThirdAMonthWithTheRestInTheLast() {
        Budget b = new Budget(null, "x", null, null, BudgetPeriod.parse("period", "2026-Q4"),
                java.util.Currency.getInstance("USD"), new BigDecimal("1000.00"), new BigDecimal("1000.00"),
                BigDecimal.valueOf(60), BigDecimal.valueOf(25), BigDecimal.valueOf(15), BigDecimal.ZERO,
                BudgetService.DEFAULT_THRESHOLDS, "t", null);

        assertThat(BudgetService.monthShare(b, java.time.YearMonth.of(2026, 10), 2)).isEqualByComparingTo("333.33");
        assertThat(BudgetService.monthShare(b, java.time.YearMonth.of(2026, 11), 2)).isEqualByComparingTo("333.33");
        assertThat(BudgetService.monthShare(b, java.time.YearMonth.of(2026, 12), 2)).isEqualByComparingTo("333.34");
    }
}
