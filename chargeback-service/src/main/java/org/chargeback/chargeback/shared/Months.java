package org.chargeback.chargeback.shared;

import org.chargeback.support.problem.ProblemException;

import java.time.DateTimeException;
import java.time.YearMonth;

/** Months as the API writes them: {@code YYYY-MM}, meaning the UTC interval [first day 00:00Z, next month 00:00Z). */
public final class Months {

    /** For Bean Validation on request fields and query parameters. */
    public static final String PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    public static final String MESSAGE = "must be a month as YYYY-MM";

    private Months() {
    }

    /** Parses {@code YYYY-MM}; anything else is a 400 naming {@code field}. */
    public static YearMonth parse(String field, String value) {
        if (value == null || !value.matches(PATTERN)) {
            throw ProblemException.invalidField(field, value, MESSAGE);
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.invalidField(field, value, MESSAGE);
        }
    }
}
