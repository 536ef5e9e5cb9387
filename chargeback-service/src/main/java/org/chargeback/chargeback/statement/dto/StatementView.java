package org.chargeback.chargeback.statement.dto;

import org.chargeback.chargeback.statement.LineKind;
import org.chargeback.chargeback.statement.Statement;
import org.chargeback.chargeback.statement.StatementLine;
import org.chargeback.chargeback.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A business unit's statement for a month, with its lines. Amounts in the currency's minor unit. */
@Schema(name = "StatementView")
public record StatementView(
        UUID id,
        @Schema(description = "The statement run that built it") UUID runId,
        @Schema(example = "2026-10") String month,
        @Schema(example = "support") String businessUnit,
        @Schema(description = "The business unit's name in the registry when the statement was built; null when "
                + "it was not registered", example = "Customer Support") String businessUnitName,
        @Schema(description = "Its cost center then; null when it was not registered", example = "CC-4100")
        String costCenter,
        StatementStatus status,
        @Schema(example = "USD") String currency,
        @Schema(description = "Sum of the rounded SHOWBACK lines (provider costs)", example = "1234.56")
        BigDecimal showbackTotal,
        @Schema(description = "Sum of the rounded CHARGEBACK lines; UNRATED lines excluded", example = "1020.00")
        BigDecimal chargebackTotal,
        Instant createdAt,
        @Schema(description = "Set once issued") Instant issuedAt,
        @Schema(description = "Set once issued", example = "INV-2026-000001") String invoiceNumber,
        List<LineView> lines) {

    public static StatementView from(Statement s) {
        return new StatementView(s.id(), s.runId(), s.month().toString(), s.businessUnit(), s.businessUnitName(),
                s.costCenter(), s.status(),
                s.currency().getCurrencyCode(), s.showbackTotal().amount(), s.chargebackTotal().amount(),
                s.createdAt(), s.issuedAt(), s.invoiceNumber(), s.lines().stream().map(LineView::from).toList());
    }

    /** One statement line. SHOWBACK: provider cost of a service category; CHARGEBACK: priced usage; UNRATED: usage
     * without a price in force (no unitPrice, no amount: never 0). */
    @Schema(name = "StatementLineView")
    public record LineView(
            int lineNumber,
            LineKind kind,
            @Schema(example = "ai-resolution: 1200 resolution x 0.85 USD") String description,
            @Schema(description = "FOCUS ServiceCategory (SHOWBACK)", example = "AI and Machine Learning")
            String serviceCategory,
            @Schema(description = "Product code (CHARGEBACK, UNRATED)", example = "ai-resolution") String product,
            @Schema(description = "Unit of usage (CHARGEBACK)", example = "resolution") String unit,
            @Schema(description = "Units consumed (CHARGEBACK, UNRATED)", example = "1200") BigDecimal quantity,
            @Schema(description = "Price per unit, full precision (CHARGEBACK)", example = "0.85") BigDecimal unitPrice,
            @Schema(description = "BilledCost or quantity x unitPrice before rounding", example = "1020.00")
            BigDecimal unroundedAmount,
            @Schema(description = "Line amount in the currency's minor unit; null when UNRATED", example = "1020.00")
            BigDecimal amount) {

        static LineView from(StatementLine l) {
            return new LineView(l.lineNumber(), l.kind(), l.description(), l.serviceCategory(), l.product(), l.unit(),
                    l.quantity(), l.unitPrice(), l.unroundedAmount(), l.amount() == null ? null : l.amount().amount());
        }
    }
}
