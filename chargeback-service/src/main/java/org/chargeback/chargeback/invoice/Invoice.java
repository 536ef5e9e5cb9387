package org.chargeback.chargeback.invoice;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What finance books from an issued statement: its chargeback lines and total.
 *
 * @param number    {@code INV-<year of issue date>-<6 digits>}, gap-free per year
 * @param issueDate UTC date the statement was issued
 * @param dueDate   issue date + payment terms
 * @param total     sum of the line amounts (unrated lines have none) = the statement's chargeback total
 */
public record Invoice(String number, UUID statementId, String businessUnit, YearMonth month, LocalDate issueDate,
                      LocalDate dueDate, Currency currency, Money total, Instant createdAt, List<Line> lines) {

    /**
     * One invoice line.
     *
     * @param unitPrice null for unrated usage
     * @param amount    null for unrated usage: listed for information, not billed
     */
    public record Line(int lineNumber, String description, BigDecimal quantity, BigDecimal unitPrice,
                       Money amount) {

        /** Billed, as opposed to unrated usage listed for information. */
        public boolean isCharged() {
            return amount != null;
        }
    }
}
