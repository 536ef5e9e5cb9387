package org.chargeback.chargeback.invoice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice as finance books it. Amounts in the currency's minor unit. */
@Schema(name = "InvoiceView")
public record InvoiceView(
        @Schema(description = "INV-<year of issue date>-<6 digits>, gap-free per year", example = "INV-2026-000001")
        String number,
        UUID statementId,
        @Schema(example = "support") String businessUnit,
        @Schema(example = "2026-10") String month,
        @Schema(example = "2026-11-03") LocalDate issueDate,
        @Schema(description = "issueDate + payment terms", example = "2026-12-03") LocalDate dueDate,
        @Schema(example = "USD") String currency,
        @Schema(description = "Sum of the line amounts = the statement's chargeback total", example = "1020.00")
        BigDecimal total,
        List<LineView> lines) {

    static InvoiceView from(Invoice invoice) {
        return new InvoiceView(invoice.number(), invoice.statementId(), invoice.businessUnit(),
                invoice.month().toString(), invoice.issueDate(), invoice.dueDate(),
                invoice.currency().getCurrencyCode(), invoice.total().amount(),
                invoice.lines().stream().map(LineView::from).toList());
    }

    /** One invoice line; unrated usage is listed with no unitPrice and no amount, and is not in the total. */
    @Schema(name = "InvoiceLineView")
    public record LineView(
            @Schema(example = "ai-resolution: 1200 resolution x 0.85 USD") String description,
            @Schema(example = "1200") BigDecimal quantity,
            @Schema(description = "Null for unrated usage", example = "0.85") BigDecimal unitPrice,
            @Schema(description = "Null for unrated usage", example = "1020.00") BigDecimal amount) {

        static LineView from(Invoice.Line line) {
            return new LineView(line.description(), line.quantity(), line.unitPrice(),
                    line.amount() == null ? null : line.amount().amount());
        }
    }
}
