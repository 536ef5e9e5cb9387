package org.chargeback.pricing.shared;

import org.chargeback.support.problem.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the point-in-time query parameters every endpoint accepts: a date (00:00 UTC) or an instant with offset. */
public final class Instants {

    public static final String FORMATS = "must be a date (2026-10-01) or an ISO 8601 instant with offset "
            + "(2026-10-01T12:00:00Z, 2026-10-01T14:00:00+02:00)";

    private Instants() {
    }

    /** The instant, or null when absent; an unencoded '+' of an offset arrives as a space and is read back. */
    public static Instant parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace(' ', '+');
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /** @throws ProblemException 400 naming {@code field} when the value is not a date or instant */
    public static Instant parseOptional(String field, String value) {
        try {
            return parseOrNull(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, value, FORMATS);
        }
    }
}
