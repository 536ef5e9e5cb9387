package org.chargeback.chargeback.page;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    @Test
    void shouldScaleBarsToTheLargestAbsoluteAmountAndMarkCredits() {
        Charts.BarChart chart = Charts.bars(List.of(new Charts.Amount("Compute", new BigDecimal("200.00")),
                new Charts.Amount("Talent", new BigDecimal("50.00")),
                new Charts.Amount("Credit", new BigDecimal("-100.00")),
                new Charts.Amount("Data", new BigDecimal("0.00"))));
        assertThat(chart.bars()).extracting(Charts.Bar::width)
                .containsExactly(Charts.BAR_AREA_WIDTH, 70, 140, 0);
        assertThat(chart.bars()).extracting(Charts.Bar::negative).containsExactly(false, false, true, false);
        assertThat(chart.bars()).extracting(Charts.Bar::y).containsExactly(0, 26, 52, 78);
    }

    @Test
    void shouldDrawNoBarLengthsForAllZeros() {
        assertThat(Charts.bars(List.of(new Charts.Amount("a", BigDecimal.ZERO))).bars().get(0).width()).isZero();
        assertThat(Charts.bars(List.of()).isEmpty()).isTrue();
    }

    @Test
    void shouldLeaveMonthsWithoutStatementEmptyInTheTrend() {
        Charts.TrendChart trend = Charts.trend(List.of(
                new Charts.TrendMonth("2026-09", null, null, false, 0, 0, 0),
                new Charts.TrendMonth("2026-10", new BigDecimal("300.00"), new BigDecimal("150.00"), true, 0, 0, 0)));
        assertThat(trend.anyStatement()).isTrue();
        assertThat(trend.months().get(0).hasStatement()).isFalse();
        assertThat(trend.months().get(1).showbackHeight()).isEqualTo(Charts.TREND_PLOT_HEIGHT);
        assertThat(trend.months().get(1).chargebackHeight()).isEqualTo(Charts.TREND_PLOT_HEIGHT / 2);
        assertThat(trend.months().get(1).x()).isEqualTo(Charts.TREND_LEFT + Charts.TREND_SLOT_WIDTH);
        assertThat(trend.months().get(1).shortLabel()).isEqualTo("Oct");
    }

    @Test
    void shouldPlaceTheBurnAgainstThe80_90And110PercentLines() {
        Charts.BurnGauge gauge = Charts.burn(new BudgetBurn("b", new BigDecimal("1000.00"), new BigDecimal("850.00"), "USD"));
        assertThat(gauge.percent()).isEqualByComparingTo("85.0");
        assertThat(gauge.level()).isEqualTo("watch");
        assertThat(gauge.scalePercent()).isEqualTo(120);
        assertThat(gauge.markers()).extracting(Charts.Marker::percent).containsExactly(80, 90, 110);
        assertThat(gauge.markers()).extracting(Charts.Marker::passed).containsExactly(true, false, false);
        assertThat(gauge.markers().get(0).x()).isEqualTo(Charts.BURN_WIDTH * 80 / 120);

        Charts.BurnGauge over = Charts.burn(new BudgetBurn("b", new BigDecimal("100.00"), new BigDecimal("150.00"), "USD"));
        assertThat(over.level()).isEqualTo("critical");
        assertThat(over.scalePercent()).isEqualTo(160);
        assertThat(over.width()).isEqualTo(Charts.BURN_WIDTH * 150 / 160);
        assertThat(Charts.burn(new BudgetBurn("b", new BigDecimal("100.00"), new BigDecimal("90.00"), "USD")).level())
                .isEqualTo("warning");
        assertThat(Charts.burn(new BudgetBurn("b", new BigDecimal("100.00"), new BigDecimal("100.20"), "USD")).level())
                .isEqualTo("over");
    }
}
