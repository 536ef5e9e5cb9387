package org.chargeback.chargeback.budget;

import org.chargeback.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The months a budget covers: one month ({@code 2026-10}) or a calendar quarter ({@code 2026-Q4}), as the closed
 * range [firstMonth, lastMonth]. Days are UTC dates, like billing periods.
 */
public record BudgetPeriod(Type type, String label, YearMonth firstMonth, YearMonth lastMonth) {

    public enum Type { MONTH, QUARTER }

    public static final String PATTERN = "^[0-9]{4}-((0[1-9]|1[0-2])|Q[1-4])$";
    public static final String MESSAGE = "must be a month (YYYY-MM) or a quarter (YYYY-Qn)";

    /** Parses {@code 2026-10} or {@code 2026-Q4}; anything else is a 400 naming {@code field}. */
    public static BudgetPeriod parse(String field, String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw ProblemException.invalidField(field, value, MESSAGE);
        }
        int year = Integer.parseInt(value.substring(0, 4));
        if (value.charAt(5) == 'Q') {
            int quarter = value.charAt(6) - '0';
            YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
            return new BudgetPeriod(Type.QUARTER, value, first, first.plusMonths(2));
        }
        YearMonth month = YearMonth.of(year, Integer.parseInt(value.substring(5, 7)));
        return new BudgetPeriod(Type.MONTH, value, month, month);
    }

    public static BudgetPeriod quarterOf(YearMonth month) {
        return parse("period", month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1));
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(firstMonth) && !month.isAfter(lastMonth);
    }

    public LocalDate firstDay() {
        return firstMonth.atDay(1);
    }

    /** The first day after the period. */
    public LocalDate endExclusive() {
        return lastMonth.plusMonths(1).atDay(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(firstDay(), endExclusive());
    }

    public int months() {
        return (int) ChronoUnit.MONTHS.between(firstMonth, lastMonth) + 1;
    }
}
