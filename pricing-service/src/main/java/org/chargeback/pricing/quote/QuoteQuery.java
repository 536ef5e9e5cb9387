package org.chargeback.pricing.quote;

import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The quote question, read from the query string.
 *
 * @param at the point in time to price, or {@code null} for now
 */
public record QuoteQuery(String product, String businessUnit, BigDecimal quantity, Instant at) {

    static final String AT_FORMATS = "must be a date (2026-10-01) or an ISO 8601 instant with offset "
            + "(2026-10-01T12:00:00Z, 2026-10-01T14:00:00+02:00)";

    /**
     * Reads the raw query values. Presence of product, businessUnit and quantity is checked by Bean Validation on
     * the resource; this reads formats and reports every bad one at once.
     *
     * @throws ProblemException 400 {@code /problems/invalid-request} naming {@code quantity} and/or {@code at}
     */
    public static QuoteQuery parse(String product, String businessUnit, String quantity, String at) {
        List<ProblemError> errors = new ArrayList<>();
        BigDecimal parsedQuantity = parseQuantity(quantity, errors);
        Instant parsedAt = parseAt(at, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
        return new QuoteQuery(product.strip(), businessUnit.strip(), parsedQuantity, parsedAt);
    }

    private static BigDecimal parseQuantity(String quantity, List<ProblemError> errors) {
        try {
            BigDecimal parsed = new BigDecimal(quantity.strip());
            if (parsed.signum() <= 0) {
                errors.add(ProblemError.field("quantity", quantity, "must be greater than 0"));
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(ProblemError.field("quantity", quantity, "must be a decimal number such as 1250 or 0.5"));
            return null;
        }
    }

    private static Instant parseAt(String at, List<ProblemError> errors) {
        if (at == null || at.isBlank()) {
            return null;
        }
        // An unencoded '+' of an offset arrives as a space (form encoding); ISO 8601 values never contain spaces.
        String value = at.strip().replace(' ', '+');
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(ProblemError.field("at", at, AT_FORMATS));
            return null;
        }
    }
}
