package org.chargeback.chargeback.invoice;

import org.chargeback.chargeback.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

/**
 * Reverses an invoice when its statement is voided: finance books it against the invoice it names. Immutable.
 *
 * @param seq   position in the credit note feed ({@code GET /v1/credit-notes?after=}), in commit order
 * @param total the invoice total, negated
 */
public record CreditNote(String number, long seq, String invoiceNumber, UUID statementId, String businessUnit, YearMonth month,
                         LocalDate issueDate, Money total, String reason, Instant createdAt) {
}
