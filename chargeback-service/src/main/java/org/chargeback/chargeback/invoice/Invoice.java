package org.chargeback.chargeback.invoice;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What finance books from an issued statement: its chargeback lines and total. The invoice itself never changes; what
 * finance and voiding record about it later ({@code acknowledgement}, {@code creditNotes}) is kept beside it.
 *
 * @param number           {@code INV-<year of issue date>-<6 digits>}, gap-free per year
 * @param seq              position in the invoice feed ({@code GET /v1/invoices?after=}): 1, 2, 3 ... in commit order
 * @param businessUnitName the statement's business unit name (null when the business unit was not registered)
 * @param costCenter       the statement's cost center, finance's booking key (null when not registered)
 * @param issueDate        UTC date the statement was issued
 * @param dueDate          issue date + payment terms
 * @param total            sum of the line amounts (unrated lines have none) = the statement's chargeback total
 * @param acknowledgement  finance's booking of the invoice, null while it is still to book
 * @param creditNotes      numbers of the credit notes reversing it (voided statement), oldest first
 */
public record Invoice(String number, long seq, UUID statementId, String businessUnit, String businessUnitName,
                      String costCenter, YearMonth month, LocalDate issueDate, LocalDate dueDate, Currency currency,
                      Money total, Instant createdAt, List<Line> lines, Acknowledgement acknowledgement,
                      List<String> creditNotes) {

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

    /**
     * Finance's record that it booked the invoice.
     *
     * @param reference finance's own booking reference (e.g. its journal entry id)
     * @param bookedBy  who or what booked it; optional
     */
    public record Acknowledgement(String invoiceNumber, String reference, String bookedBy, Instant acknowledgedAt) {
    }

    /** The charged line amounts summed per currency (sorted by code); unrated lines count nowhere. */
    public Map<Currency, Money> totalsByCurrency() {
        Map<Currency, Money> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        totals.put(currency, Money.zero(currency));
        for (Line line : lines) {
            if (line.isCharged()) {
                totals.merge(line.amount().currency(), line.amount(), Money::plus);
            }
        }
        return totals;
    }

    /**
     * SHA-256 (hex) over everything a representation of the invoice shows: the invoice, its acknowledgement and its
     * credit notes. The ETag of {@code GET /v1/invoices/{number}} is built from it, so it changes exactly when the
     * answer does (booked, credited) and never otherwise: the invoice itself is immutable.
     */
    public String contentHash() {
        List<String> parts = new ArrayList<>(List.of(number, Long.toString(seq), statementId.toString(), businessUnit,
                String.valueOf(businessUnitName), String.valueOf(costCenter), month.toString(), issueDate.toString(),
                dueDate.toString(), currency.getCurrencyCode(), total.amount().toPlainString()));
        for (Line line : lines) {
            parts.addAll(List.of(Integer.toString(line.lineNumber()), line.description(), plain(line.quantity()),
                    plain(line.unitPrice()), line.amount() == null ? "null" : line.amount().amount().toPlainString()));
        }
        if (acknowledgement != null) {
            parts.addAll(List.of("ack", acknowledgement.reference(), String.valueOf(acknowledgement.bookedBy()),
                    acknowledgement.acknowledgedAt().toString()));
        }
        for (String note : creditNotes) {
            parts.addAll(List.of("cn", note));
        }
        StringBuilder text = new StringBuilder();
        // Length-prefixed, so no value can imitate a field boundary.
        parts.forEach(part -> text.append(part.length()).append(':').append(part).append('|'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "null" : value.toPlainString();
    }
}
