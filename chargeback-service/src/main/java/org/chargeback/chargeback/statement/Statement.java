package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * What one business unit consumed in one month: showback (provider costs) and chargeback (priced usage).
 *
 * @param runId           the statement run that built it
 * @param businessUnitName the business unit's name in the registry when the statement was built; null when it was
 *                        not registered
 * @param costCenter      its cost center then; null when it was not registered
 * @param showbackTotal   sum of the rounded SHOWBACK lines
 * @param chargebackTotal sum of the rounded CHARGEBACK lines (UNRATED lines excluded); the invoice total
 * @param invoiceNumber   set when issued
 * @param lines           empty when read as a summary
 */
public record Statement(UUID id, UUID runId, YearMonth month, String businessUnit, String businessUnitName,
                        String costCenter, StatementStatus status, Currency currency, Money showbackTotal, Money chargebackTotal, Instant createdAt,
                        Instant issuedAt, String invoiceNumber, List<StatementLine> lines) {

    public Statement withLines(List<StatementLine> newLines) {
        return new Statement(id, runId, month, businessUnit, businessUnitName, costCenter, status, currency, showbackTotal, chargebackTotal,
                createdAt, issuedAt, invoiceNumber, List.copyOf(newLines));
    }
}
