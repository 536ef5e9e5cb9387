package org.chargeback.chargeback.invoice;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What the statement capability hands over when a statement is issued.
 *
 * @param businessUnitName the statement's business unit name, null when the business unit is not registered
 * @param costCenter       the statement's cost center, null when the business unit is not registered
 * @param issuedAt         the instant the statement was issued; its UTC date is the invoice's issue date
 * @param lines            the statement's chargeback lines (amount null = unrated usage)
 */
public record NewInvoice(UUID statementId, String businessUnit, String businessUnitName, String costCenter,
                         YearMonth month, Currency currency, Instant issuedAt, List<Line> lines) {

    public record Line(String description, BigDecimal quantity, BigDecimal unitPrice, Money amount) {
    }
}
