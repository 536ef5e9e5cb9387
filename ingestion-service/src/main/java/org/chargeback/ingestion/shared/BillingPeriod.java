package org.chargeback.ingestion.shared;

import org.chargeback.support.problem.ProblemException;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A calendar month as the half-open UTC interval [start, end). */
public record BillingPeriod(YearMonth month, Instant start, Instant end) {

    public static BillingPeriod of(YearMonth month) {
        return new BillingPeriod(month,
                month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Parses a query parameter such as {@code 2026-10}; a missing or malformed value is a 400 naming the parameter. */
    public static BillingPeriod parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(parameter, value, "is required (a month as YYYY-MM)");
        }
        try {
            return of(YearMonth.parse(value.trim()));
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, value, "must be a month as YYYY-MM");
        }
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
