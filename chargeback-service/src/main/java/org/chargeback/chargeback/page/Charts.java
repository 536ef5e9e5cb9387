package org.chargeback.chargeback.page;

import io.quarkus.qute.TemplateData;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the page's inline SVG charts, from amounts the API already rounded. Pure: no CDI, no I/O.
 * Amounts are only scaled to whole pixels here; the labels next to the bars show the amounts themselves.
 */
public final class Charts {

    /** Horizontal bar charts: label column, bar area, amount after the bar. */
    public static final int BAR_LABEL_WIDTH = 200;
    public static final int BAR_AREA_WIDTH = 280;
    public static final int BAR_ROW_HEIGHT = 26;
    public static final int BAR_CHART_WIDTH = BAR_LABEL_WIDTH + BAR_AREA_WIDTH + 110;

    /** The trend: 12 months, two bars each (showback, chargeback). */
    public static final int TREND_SLOT_WIDTH = 52;
    public static final int TREND_BAR_WIDTH = 16;
    public static final int TREND_PLOT_HEIGHT = 150;
    public static final int TREND_TOP = 12;
    public static final int TREND_LEFT = 8;
    public static final int TREND_BASELINE = TREND_TOP + TREND_PLOT_HEIGHT;
    public static final int TREND_HEIGHT = TREND_BASELINE + 34;

    /** The burn gauge runs to at least 120 % of the budget, with lines at 80, 90 and 110 %. */
    public static final int BURN_WIDTH = 560;
    public static final List<Integer> BURN_THRESHOLDS = List.of(80, 90, 110);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Charts() {
    }

    /** One amount to draw as a bar. */
    public record Amount(String label, BigDecimal amount) {
    }

    /**
     * @param y        top of the row
     * @param width    bar length in pixels (of the absolute amount)
     * @param negative a credit: drawn in another colour
     */
    @TemplateData
    public record Bar(String label, BigDecimal amount, int y, int width, boolean negative) {
        public int textY() {
            return y + BAR_ROW_HEIGHT / 2 + 4;
        }

        public int amountX() {
            return BAR_LABEL_WIDTH + width + 6;
        }
    }

    @TemplateData
    public record BarChart(List<Bar> bars, int width, int height) {
        public boolean isEmpty() {
            return bars.isEmpty();
        }
    }

    /** Bars scaled to the largest absolute amount; a chart of zeros draws no bar lengths. */
    public static BarChart bars(List<Amount> amounts) {
        BigDecimal max = amounts.stream().map(a -> a.amount().abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Amount a : amounts) {
            bars.add(new Bar(a.label(), a.amount(), y, scale(a.amount().abs(), max, BAR_AREA_WIDTH),
                    a.amount().signum() < 0));
            y += BAR_ROW_HEIGHT;
        }
        return new BarChart(List.copyOf(bars), BAR_CHART_WIDTH, Math.max(y, BAR_ROW_HEIGHT));
    }

    /**
     * One month of the trend. {@code showback}/{@code chargeback} are null when the business unit has no statement
     * that month.
     */
    public record TrendMonth(String month, BigDecimal showback, BigDecimal chargeback, boolean selected, int x,
                             int showbackHeight, int chargebackHeight) {
        public boolean hasStatement() {
            return showback != null;
        }

        public int showbackX() {
            return x;
        }

        public int chargebackX() {
            return x + TREND_BAR_WIDTH + 2;
        }

        public int showbackY() {
            return TREND_BASELINE - showbackHeight;
        }

        public int chargebackY() {
            return TREND_BASELINE - chargebackHeight;
        }

        public int labelX() {
            return x + TREND_BAR_WIDTH + 1;
        }

        /** "Oct" and the year under January and the first month shown. */
        public String shortLabel() {
            return java.time.YearMonth.parse(month).getMonth()
                    .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        }

        public String year() {
            return month.substring(0, 4);
        }
    }

    public record TrendChart(List<TrendMonth> months, int width, int height, boolean anyStatement) {
    }

    /** The trend of {@code months} in order (oldest first), bars scaled to the largest positive amount shown. */
    public static TrendChart trend(List<TrendMonth> months) {
        BigDecimal max = BigDecimal.ZERO;
        for (TrendMonth m : months) {
            if (m.hasStatement()) {
                max = max.max(m.showback()).max(m.chargeback());
            }
        }
        List<TrendMonth> placed = new ArrayList<>();
        int x = TREND_LEFT;
        for (TrendMonth m : months) {
            int sb = m.hasStatement() ? scale(m.showback().max(BigDecimal.ZERO), max, TREND_PLOT_HEIGHT) : 0;
            int cb = m.hasStatement() ? scale(m.chargeback().max(BigDecimal.ZERO), max, TREND_PLOT_HEIGHT) : 0;
            placed.add(new TrendMonth(m.month(), m.showback(), m.chargeback(), m.selected(), x, sb, cb));
            x += TREND_SLOT_WIDTH;
        }
        return new TrendChart(List.copyOf(placed), x + TREND_LEFT, TREND_HEIGHT,
                months.stream().anyMatch(TrendMonth::hasStatement));
    }

    public record Marker(int percent, int x, boolean passed) {
    }

    /**
     * @param percent consumed / budget x 100, 1 decimal (null for a budget of zero)
     * @param width   bar length in pixels
     * @param level   "ok" below 80 %, then "watch" (80), "warning" (90), "over" (above 100), "critical" (110)
     */
    public record BurnGauge(BudgetBurn burn, BigDecimal percent, int width, List<Marker> markers, String level,
                            int scalePercent) {
    }

    public static BurnGauge burn(BudgetBurn burn) {
        BigDecimal percent = burn.budget().signum() == 0 ? null
                : burn.consumed().multiply(HUNDRED).divide(burn.budget(), 1, RoundingMode.HALF_EVEN);
        BigDecimal shown = percent == null ? BigDecimal.ZERO : percent.max(BigDecimal.ZERO);
        int scalePercent = Math.max(120, shown.setScale(0, RoundingMode.CEILING).intValue() + 10);
        BigDecimal scaleMax = BigDecimal.valueOf(scalePercent);
        List<Marker> markers = BURN_THRESHOLDS.stream()
                .map(t -> new Marker(t, scale(BigDecimal.valueOf(t), scaleMax, BURN_WIDTH),
                        shown.compareTo(BigDecimal.valueOf(t)) >= 0))
                .toList();
        String level = percent == null ? "over"
                : percent.compareTo(BigDecimal.valueOf(110)) >= 0 ? "critical"
                : percent.compareTo(HUNDRED) > 0 ? "over"
                : percent.compareTo(BigDecimal.valueOf(90)) >= 0 ? "warning"
                : percent.compareTo(BigDecimal.valueOf(80)) >= 0 ? "watch" : "ok";
        return new BurnGauge(burn, percent, scale(shown, scaleMax, BURN_WIDTH), markers, level, scalePercent);
    }

    /** {@code value / max x pixels}, rounded to a whole pixel; 0 when max is 0. */
    static int scale(BigDecimal value, BigDecimal max, int pixels) {
        if (max.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(pixels)).divide(max, MathContext.DECIMAL64)
                .setScale(0, RoundingMode.HALF_UP).intValue();
    }
}
