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
        @Schema(description = "The business unit's name in the registry when the statement was built; null when "
                + "it was not registered", example = "Customer Support") String businessUnitName,
        @Schema(description = "Its cost center then; null when it was not registered", example = "CC-4100")
        String costCenter,
        @Schema(description = "1, 2, ...: a later version restates an issued one's showback or follows a voided one",
                example = "1") int version,
        StatementStatus status,
        @Schema(example = "USD") String currency,
        @Schema(description = "Sum of the rounded SHOWBACK lines (provider costs and cost entries)", example = "1234.56")
        BigDecimal showbackTotal,
        @Schema(description = "Sum of the rounded CHARGEBACK and ADJUSTMENT lines: the invoice total", example = "1020.00")
        BigDecimal chargebackTotal,
        @Schema(description = "Sum of the UNALLOCATED lines (the platform team's statement only)", example = "0.00")
        BigDecimal unallocatedTotal,
        @Schema(description = "Set once issued", example = "INV-2026-000001") String invoiceNumber) {

    public static StatementSummary from(Statement s) {
        return new StatementSummary(s.id(), s.month().toString(), s.businessUnit(), s.businessUnitName(),
                s.costCenter(), s.version(), s.status(), s.currency().getCurrencyCode(), s.showbackTotal().amount(),
                s.chargebackTotal().amount(), s.totals().unallocated().amount(), s.invoiceNumber());
    }
}
