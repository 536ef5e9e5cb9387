package org.chargeback.pricing.quote;

import org.chargeback.pricing.shared.Instants;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The quote question, read from the query string.
 *
 * @param at the point in time to price, or {@code null} for now
 */
public record QuoteQuery(String product, String businessUnit, BigDecimal quantity, Instant at) {

    /**
     * Reads the raw query values. Presence of product, businessUnit and quantity is checked by Bean Validation on
     * the resource; this reads formats and reports every bad one at once.
     *
     * @throws ProblemException 400 {@code /problems/invalid-request} naming {@code quantity} and/or {@code at}
     */
    public static QuoteQuery parse(String product, String businessUnit, String quantity, String at) {
        List<ProblemError> errors = new ArrayList<>();
        BigDecimal parsedQuantity = parseQuantity("quantity", quantity, errors);
        Instant parsedAt = null;
        try {
            parsedAt = Instants.parseOrNull(at);
        } catch (DateTimeParseException e) {
            errors.add(ProblemError.field("at", at, Instants.FORMATS));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
        return new QuoteQuery(product.strip(), businessUnit.strip(), parsedQuantity, parsedAt);
    }

    static BigDecimal parseQuantity(String field, String quantity, List<ProblemError> errors) {
        try {
            BigDecimal parsed = new BigDecimal(quantity.strip());
            if (parsed.signum() <= 0) {
                errors.add(ProblemError.field(field, quantity, "must be greater than 0"));
            }
            return parsed;
        } catch (NumberFormatException | NullPointerException e) {
            errors.add(ProblemError.field(field, quantity, "must be a decimal number such as 1250 or 0.5"));
            return null;
        }
    }
}
