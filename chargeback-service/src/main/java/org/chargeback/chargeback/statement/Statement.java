package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one business unit consumed in one month: showback (actual cost) and chargeback (priced usage).
 *
 * @param runId            the statement run that built it
 * @param businessUnitName the business unit's name in the registry when the statement was built; null when it was
 *                         not registered
 * @param costCenter       its cost center then; null when it was not registered
 * @param version          1, 2, ...: a later version restates the showback of an issued one, or follows a voided one
 * @param totals           sums of rounded lines; {@code chargeback} is the invoice total
 * @param contentHash      SHA-256 of the content, set when issued (never changes afterwards)
 * @param scopeRevisions   "billingAccountId/billingPeriodStart" -> revision of the cost scopes the run read
 * @param lines            empty when read as a summary
 * @param usage            empty when read as a summary
 */
public record Statement(UUID id, UUID runId, YearMonth month, String businessUnit, String businessUnitName,
                        String costCenter, int version, StatementStatus status, Currency currency,
                        StatementPlan.Totals totals, Instant createdAt, Instant issuedAt, String invoiceNumber,
                        String contentHash, UUID supersedesId, UUID supersededById, Voiding voiding,
                        Map<String, Long> scopeRevisions, List<StatementLine> lines, List<UsageRow> usage) {

    /** Why and when an issued statement was voided, and the credit note that reversed its invoice. */
    public record Voiding(Instant voidedAt, String voidedBy, String reason, String creditNoteNumber) {
    }

    public Money showbackTotal() {
        return totals.showback();
    }

    public Money chargebackTotal() {
        return totals.chargeback();
    }

    /** Provider cost allocated to the business unit: showback without manual and recurring entries. */
    public Money providerShowback() {
        return totals.showback().minus(totals.manual());
    }

    /** The same statement with its content hash (computed over everything but the hash). */
    public Statement withContentHash() {
        return new Statement(id, runId, month, businessUnit, businessUnitName, costCenter, version, status, currency,
                totals, createdAt, issuedAt, invoiceNumber, StatementHash.of(this), supersedesId, supersededById,
                voiding, scopeRevisions, lines, usage);
    }

    public Statement withDetails(List<StatementLine> newLines, List<UsageRow> newUsage) {
        return new Statement(id, runId, month, businessUnit, businessUnitName, costCenter, version, status, currency,
                totals, createdAt, issuedAt, invoiceNumber, contentHash, supersedesId, supersededById, voiding,
                scopeRevisions, List.copyOf(newLines), List.copyOf(newUsage));
    }
}
