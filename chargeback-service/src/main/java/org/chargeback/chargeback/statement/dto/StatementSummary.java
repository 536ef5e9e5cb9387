package org.chargeback.chargeback.statement.dto;

import org.chargeback.chargeback.statement.Statement;
import org.chargeback.chargeback.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** A statement without its lines. Amounts in the currency's minor unit. */
@Schema(name = "StatementSummary")
public record StatementSummary(
        UUID id,
        @Schema(example = "2026-10") String month,
        @Schema(example = "support") String businessUnit,
        StatementStatus status,
        @Schema(example = "USD") String currency,
        @Schema(description = "Sum of the rounded SHOWBACK lines (provider costs)", example = "1234.56")
        BigDecimal showbackTotal,
        @Schema(description = "Sum of the rounded CHARGEBACK lines; UNRATED lines excluded", example = "1020.00")
        BigDecimal chargebackTotal,
        @Schema(description = "Set once issued", example = "INV-2026-000001") String invoiceNumber) {

    public static StatementSummary from(Statement s) {
        return new StatementSummary(s.id(), s.month().toString(), s.businessUnit(), s.status(),
                s.currency().getCurrencyCode(), s.showbackTotal().amount(), s.chargebackTotal().amount(),
                s.invoiceNumber());
    }
}
