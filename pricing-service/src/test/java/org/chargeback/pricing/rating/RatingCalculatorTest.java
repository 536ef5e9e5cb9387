package org.chargeback.pricing.rating;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Plain JUnit, table-driven: the price of each model with literal expected amounts. */
class RatingCalculatorTest {

    /** First 100,000 at 0.06, the rest at 0.05 (the example). */
    static final List<Tier> SUPPORT = List.of(new Tier(new BigDecimal("100000"), new BigDecimal("0.06")),
            new Tier(null, new BigDecimal("0.05")));

    static final List<Tier> THREE = List.of(new Tier(new BigDecimal("1000"), new BigDecimal("1.00")),
            new Tier(new BigDecimal("5000"), new BigDecimal("0.80")), new Tier(null, new BigDecimal("0.50")));

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({"1250, 0.85, 1062.50", "1234, 0.0000004, 0.0004936", "0.333, 0.85, 0.28305", "10, 0, 0"})
    void shouldPriceFlat(BigDecimal quantity, BigDecimal rate, String amount) {
        assertThat(RatingCalculator.flat(quantity, rate).amount()).isEqualByComparingTo(amount);
    }

    @ParameterizedTest(name = "{0} units, packages of {1} at {2}: {3} packages = {4}")
    @CsvSource({
            "1,     1000, 5.00, 1, 5.00",
            "1000,  1000, 5.00, 1, 5.00",
            "1001,  1000, 5.00, 2, 10.00",
            "2001,  1000, 5.00, 3, 15.00",
            "0.5,   1,    2.00, 1, 2.00",
            "12.5,  2.5,  1.00, 5, 5.00"})
    void shouldChargeEveryStartedPackage(BigDecimal quantity, BigDecimal size, BigDecimal rate, String packages,
                                         String amount) {
        Rating rating = RatingCalculator.pack(quantity, size, rate);

        assertThat(rating.amount()).isEqualByComparingTo(amount);
        assertThat(rating.lines().get(0).packages()).isEqualByComparingTo(packages);
        assertThat(rating.lines().get(0).units()).isEqualByComparingTo(quantity);
    }

    @ParameterizedTest(name = "graduated {0} units = {1}")
    @CsvSource({
            "1,       0.06",
            "100000,  6000.00",
            "100001,  6000.05",
            "150000,  8500.00",
            "99999.5, 5999.97"})
    void shouldPriceGraduatedTiers(BigDecimal quantity, String amount) {
        assertThat(RatingCalculator.graduated(SUPPORT, quantity).amount()).isEqualByComparingTo(amount);
    }

    @Test
    void shouldShowOneLinePerTierUsed() {
        Rating rating = RatingCalculator.graduated(THREE, new BigDecimal("6000"));

        assertThat(rating.lines()).extracting(l -> l.from().toPlainString(),
                        l -> l.to() == null ? null : l.to().toPlainString(), l -> l.units().toPlainString(),
                        l -> l.rate().toPlainString(), l -> l.amount().toPlainString())
                .containsExactly(tuple("0", "1000", "1000", "1.00", "1000.00"),
                        tuple("1000", "5000", "4000", "0.80", "3200.00"),
                        tuple("5000", null, "1000", "0.50", "500.00"));
        assertThat(rating.amount()).isEqualByComparingTo("4700.00");
    }

    @Test
    void shouldContinueTheMonthFromUnitsAlreadyPriced() {
        Rating rest = RatingCalculator.graduated(THREE, new BigDecimal("900"), new BigDecimal("200"));

        assertThat(rest.lines()).extracting(l -> l.units().toPlainString(), l -> l.rate().toPlainString())
                .containsExactly(tuple("100", "1.00"), tuple("100", "0.80"));
        assertThat(rest.amount()).isEqualByComparingTo("180.00");
    }

    @ParameterizedTest(name = "volume {0} units = {1}")
    @CsvSource({
            "1000,   1000.00",
            "1000.5, 800.40",
            "5000,   4000.00",
            "6000,   3000.00"})
    void shouldPriceAllUnitsAtTheTierReached(BigDecimal quantity, String amount) {
        Rating rating = RatingCalculator.volume(THREE, quantity);

        assertThat(rating.amount()).isEqualByComparingTo(amount);
        assertThat(rating.lines()).hasSize(1);
    }

    @ParameterizedTest(name = "pool {0} / {1} units x (1 + {2}) = {3} per unit")
    @CsvSource({
            "1000.00, 20000, 0.10, 0.05, 0.005, 0.055",
            "100,     3,     0,    33.33333333333333333333333333333333, 0, 33.33333333333333333333333333333333",
            "0,       10,    0.25, 0, 0, 0"})
    void shouldComputeCostPlusRateInTwoParts(BigDecimal pool, BigDecimal units, BigDecimal markup, String costPerUnit,
                                             String markupPerUnit, String unitRate) {
        RatingCalculator.CostPlusRate rate = RatingCalculator.costPlusRate(pool, units, markup);

        assertThat(rate.costPerUnit()).isEqualByComparingTo(costPerUnit);
        assertThat(rate.markupPerUnit()).isEqualByComparingTo(markupPerUnit);
        assertThat(rate.unitRate()).isEqualByComparingTo(unitRate);
    }

    @ParameterizedTest(name = "{0} minus {1} % with minimum {2} = {3}")
    @CsvSource({
            "1000.00, 10,   ,       900.00",
            "1000.00, 0,    ,       1000.00",
            "1000.00, 100,  ,       0",
            "100.00,  10,   500.00, 500.00",
            "1000.00, 10,   500.00, 900.00"})
    void shouldApplyDiscountThenMinimum(BigDecimal flatAmount, BigDecimal percent, BigDecimal minimum, String amount) {
        Rating rating = RatingCalculator.minimum(
                RatingCalculator.discount(RatingCalculator.flat(flatAmount, BigDecimal.ONE), percent), minimum);

        assertThat(rating.amount()).isEqualByComparingTo(amount);
        assertThat(rating.lines().stream().map(RatingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(amount);
    }

    @Test
    void shouldRefuseWhatCannotBePriced() {
        assertThatThrownBy(() -> RatingCalculator.flat(BigDecimal.ZERO, BigDecimal.ONE))
                .hasMessageContaining("quantity");
        assertThatThrownBy(() -> RatingCalculator.graduated(List.of(new Tier(BigDecimal.TEN, BigDecimal.ONE)),
                BigDecimal.ONE)).hasMessageContaining("upTo null");
        assertThatThrownBy(() -> RatingCalculator.costPlusRate(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO))
                .hasMessageContaining("no units");
    }
}
