package org.chargeback.chargeback.forecast;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's worked example, by hand. */
class LlmCostCalculatorTest {

    @Test
    void shouldProjectTheMonthlyCostWithBufferAndTheRoutingSaving() {
        // 1,000 in + 500 out tokens at 2.50 / 10.00 per million: 0.0025 + 0.005 = 0.0075 per request.
        // 1,000 users x 20 sessions x 5 requests = 100,000 requests: 750.00, +40 % = 1,050.00.
        // 60 % to a model at 0.15 / 0.60: 0.00015 + 0.0003 = 0.00045; blended 0.4 x 0.0075 + 0.6 x 0.00045
        // = 0.00327 -> 327.00, +40 % = 457.80; saving 592.20.
        LlmCostCalculator.Result r = LlmCostCalculator.project(new LlmCostCalculator.Inputs(new BigDecimal("1000"),
                new BigDecimal("500"), new BigDecimal("5"), new BigDecimal("20"),
                List.of(new BigDecimal("1000"), new BigDecimal("2000")),
                new LlmCostCalculator.Model(new BigDecimal("2.50"), new BigDecimal("10.00")), new BigDecimal("40"),
                new BigDecimal("60"), new LlmCostCalculator.Model(new BigDecimal("0.15"), new BigDecimal("0.60"))), 2);

        assertThat(r.costPerRequest()).isEqualByComparingTo("0.0075");
        assertThat(r.cheaperCostPerRequest()).isEqualByComparingTo("0.00045");
        LlmCostCalculator.Month first = r.months().get(0);
        assertThat(first.requests()).isEqualByComparingTo("100000");
        assertThat(first.cost()).isEqualByComparingTo("750.00");
        assertThat(first.bufferedCost()).isEqualByComparingTo("1050.00");
        assertThat(first.routedCost()).isEqualByComparingTo("457.80");
        assertThat(first.saving()).isEqualByComparingTo("592.20");
        assertThat(r.total()).isEqualByComparingTo("3150.00");
        assertThat(r.routedTotal()).isEqualByComparingTo("1373.40");
        assertThat(r.savingTotal()).isEqualByComparingTo("1776.60");
    }

    @Test
    void shouldLeaveOutTheWhatIfWithoutRouting() {
        LlmCostCalculator.Result r = LlmCostCalculator.project(new LlmCostCalculator.Inputs(new BigDecimal("3"),
                new BigDecimal("0"), BigDecimal.ONE, BigDecimal.ONE, List.of(new BigDecimal("1")),
                new LlmCostCalculator.Model(new BigDecimal("1"), BigDecimal.ZERO), new BigDecimal("30"), null, null), 2);

        // 3 tokens at 1 per million = 0.000003 a month, +30 % = 0.0000039 -> 0.00 (rounded once, at the month).
        assertThat(r.months().get(0).bufferedCost()).isEqualByComparingTo("0.00");
        assertThat(r.routedTotal()).isNull();
    }
}
