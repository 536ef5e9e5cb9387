package org.chargeback.chargeback.forecast;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario forecasts, pure. Month m (1 = the month after the base month) of scenario s costs
 * {@code baseMonthlyCost x usageMultiplier(s) x priceFactor(m)}, where prices fall by the yearly deflation
 * compounded monthly: {@code priceFactor(m) = (1 - deflation)^(m/12)}, so month 12 is exactly (1 - deflation) of
 * today's price. The expected cost is the probability-weighted sum of the scenarios; the constrained / base / growth
 * views are the expected cost x 0.8 / 1.0 / 1.2. Every month's figure is rounded once (HALF_EVEN, the currency's
 * minor unit); totals are sums of the rounded months.
 */
public final class ForecastCalculator {

    static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    public static final BigDecimal CONSTRAINED = new BigDecimal("0.8");
    public static final BigDecimal GROWTH = new BigDecimal("1.2");

    private ForecastCalculator() {
    }

    public record Scenario(String name, BigDecimal usageMultiplier, BigDecimal probability) {
    }

    public record Month(int index, BigDecimal priceFactor, List<BigDecimal> scenarioCosts, BigDecimal expected,
                        BigDecimal constrained, BigDecimal growth) {
    }

    public record Result(List<Month> months, List<BigDecimal> scenarioTotals, BigDecimal expectedTotal,
                         BigDecimal constrainedTotal, BigDecimal growthTotal) {
    }

    public static Result forecast(BigDecimal baseMonthlyCost, int horizonMonths, BigDecimal yearlyDeflationPercent,
                                  List<Scenario> scenarios, int digits) {
        BigDecimal monthlyFactor = monthlyPriceFactor(yearlyDeflationPercent);
        List<Month> months = new ArrayList<>();
        BigDecimal[] scenarioTotals = new BigDecimal[scenarios.size()];
        java.util.Arrays.fill(scenarioTotals, BigDecimal.ZERO);
        BigDecimal expectedTotal = BigDecimal.ZERO;
        BigDecimal constrainedTotal = BigDecimal.ZERO;
        BigDecimal growthTotal = BigDecimal.ZERO;
        BigDecimal factor = BigDecimal.ONE;
        for (int m = 1; m <= horizonMonths; m++) {
            factor = m % 12 == 0 ? BigDecimal.ONE.subtract(yearlyDeflationPercent.divide(HUNDRED, MC))
                    .pow(m / 12, MC) : factor.multiply(monthlyFactor, MC); // whole years exact, no drift
            List<BigDecimal> costs = new ArrayList<>();
            BigDecimal expectedExact = BigDecimal.ZERO;
            for (int s = 0; s < scenarios.size(); s++) {
                BigDecimal exact = baseMonthlyCost.multiply(scenarios.get(s).usageMultiplier(), MC)
                        .multiply(factor, MC);
                expectedExact = expectedExact.add(exact.multiply(scenarios.get(s).probability(), MC), MC);
                BigDecimal rounded = exact.setScale(digits, RoundingMode.HALF_EVEN);
                costs.add(rounded);
                scenarioTotals[s] = scenarioTotals[s].add(rounded);
            }
            BigDecimal expected = expectedExact.setScale(digits, RoundingMode.HALF_EVEN);
            BigDecimal constrained = expectedExact.multiply(CONSTRAINED, MC).setScale(digits, RoundingMode.HALF_EVEN);
            BigDecimal growth = expectedExact.multiply(GROWTH, MC).setScale(digits, RoundingMode.HALF_EVEN);
            months.add(new Month(m, factor.setScale(10, RoundingMode.HALF_EVEN), costs, expected, constrained, growth));
            expectedTotal = expectedTotal.add(expected);
            constrainedTotal = constrainedTotal.add(constrained);
            growthTotal = growthTotal.add(growth);
        }
        return new Result(months, List.of(scenarioTotals), expectedTotal, constrainedTotal, growthTotal);
    }

    /** The twelfth root of (1 - deflation), by Newton's method at 34 digits (no floating point near money). */
    static BigDecimal monthlyPriceFactor(BigDecimal yearlyDeflationPercent) {
        BigDecimal yearly = BigDecimal.ONE.subtract(yearlyDeflationPercent.divide(HUNDRED, MC));
        if (yearly.signum() <= 0) {
            throw new IllegalArgumentException("yearly deflation must be below 100 %");
        }
        BigDecimal x = BigDecimal.ONE;
        BigDecimal twelve = BigDecimal.valueOf(12);
        for (int i = 0; i < 200; i++) {
            // x <- x - (x^12 - a) / (12 x^11)
            BigDecimal next = x.subtract(x.pow(12, MC).subtract(yearly).divide(twelve.multiply(x.pow(11, MC)), MC), MC);
            if (next.compareTo(x) == 0) {
                break;
            }
            x = next;
        }
        return x;
    }
}
