package org.chargeback.chargeback.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The money math of budgets, pure (no CDI, no I/O). Thresholds are compared exactly, {@code actual x 100 >=
 * threshold x base}, never on a rounded percentage: 799.90 of 1,000 is 79.99 % and below an 80 % alert, 800.00 is
 * at it. Amounts are in the currency's minor unit ({@code digits}), HALF_EVEN.
 */
public final class BudgetMath {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int PROJECTION_SCALE = 12;

    private BudgetMath() {
    }

    /** The envelope cut into its portfolio split and innovation reserve; the parts always add up to the amount. */
    public record Split(BigDecimal innovationReserve, BigDecimal governed, BigDecimal production, BigDecimal scaling,
                        BigDecimal experimental) {
    }

    /**
     * The innovation reserve is taken off the top ({@code reservePercent} of the amount), the rest (governed: what
     * triggers measure against) is split production / scaling / experimental; experimental takes the rounding rest
     * so nothing is lost.
     */
    public static Split split(BigDecimal amount, BigDecimal reservePercent, BigDecimal productionPercent,
                              BigDecimal scalingPercent, int digits) {
        BigDecimal reserve = percentOf(amount, reservePercent, digits);
        BigDecimal governed = amount.subtract(reserve);
        BigDecimal production = percentOf(governed, productionPercent, digits);
        BigDecimal scaling = percentOf(governed, scalingPercent, digits);
        return new Split(reserve, governed, production, scaling, governed.subtract(production).subtract(scaling));
    }

    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent, int digits) {
        return amount.multiply(percent).divide(HUNDRED, digits, RoundingMode.HALF_EVEN);
    }

    /** {@code actual} is at or above {@code thresholdPercent} of {@code base} (exact; a zero base is crossed by any spend above zero). */
    public static boolean crosses(BigDecimal actual, BigDecimal base, BigDecimal thresholdPercent) {
        if (base.signum() == 0) {
            return actual.signum() > 0;
        }
        return actual.multiply(HUNDRED).compareTo(thresholdPercent.multiply(base)) >= 0;
    }

    /** actual / base x 100, 2 decimals HALF_EVEN, for display; null for a zero base. */
    public static BigDecimal percent(BigDecimal actual, BigDecimal base) {
        if (base.signum() == 0) {
            return null;
        }
        return actual.multiply(HUNDRED).divide(base, 2, RoundingMode.HALF_EVEN);
    }

    /**
     * Days of the period counted as elapsed on {@code today}: today included, at least 1 (a period that starts today
     * has one day of spend), at most the period's days (a closed period is projected as it is).
     */
    public static long elapsedDays(BudgetPeriod period, LocalDate today) {
        long elapsed = ChronoUnit.DAYS.between(period.firstDay(), today) + 1;
        return Math.max(1, Math.min(period.days(), elapsed));
    }

    /**
     * Straight-line projection to the period's end: actual / elapsed days x the period's days, at 12 decimals
     * (compared exactly, shown rounded). A closed period projects to its actual.
     */
    public static BigDecimal project(BigDecimal actual, BudgetPeriod period, LocalDate today) {
        long elapsed = elapsedDays(period, today);
        if (elapsed >= period.days()) {
            return actual;
        }
        return actual.multiply(BigDecimal.valueOf(period.days()))
                .divide(BigDecimal.valueOf(elapsed), PROJECTION_SCALE, RoundingMode.HALF_EVEN);
    }

    /** The period has days left after {@code today}: only then is a projection worth raising on its own. */
    public static boolean isOpen(BudgetPeriod period, LocalDate today) {
        return today.isBefore(period.endExclusive().minusDays(1)) && !today.isBefore(period.firstDay());
    }

    /** (actual - budget) / budget x 100, 2 decimals; null without a budget. */
    public static BigDecimal variancePercent(BigDecimal actual, BigDecimal budget) {
        if (budget == null || budget.signum() == 0) {
            return null;
        }
        return actual.subtract(budget).multiply(HUNDRED).divide(budget.abs(), 2, RoundingMode.HALF_EVEN);
    }

    /** |actual - budget| is at or above threshold percent of the budget (exact). */
    public static boolean varianceFlagged(BigDecimal actual, BigDecimal budget, BigDecimal thresholdPercent) {
        if (budget == null || budget.signum() == 0) {
            return actual.signum() != 0; // spend without a budget, or a budget of zero that was spent
        }
        return actual.subtract(budget).abs().multiply(HUNDRED)
                .compareTo(thresholdPercent.multiply(budget.abs())) >= 0;
    }

    /** share of total in percent, 2 decimals (null for a zero total). */
    public static BigDecimal share(BigDecimal part, BigDecimal total) {
        return percent(part, total);
    }

    /** low <= part / total x 100 <= high, exact. */
    public static boolean withinRange(BigDecimal part, BigDecimal total, BigDecimal lowPercent, BigDecimal highPercent) {
        BigDecimal scaled = part.multiply(HUNDRED);
        return scaled.compareTo(lowPercent.multiply(total)) >= 0 && scaled.compareTo(highPercent.multiply(total)) <= 0;
    }
}
