package org.chargeback.chargeback.invoice;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An invoice as finance books it. Amounts in the currency's minor unit. */
@Schema(name = "InvoiceView", description = "An invoice: immutable once created; acknowledgement and creditNotes are "
        + "what was recorded about it later")
public record InvoiceView(
        @Schema(description = "INV-<year of issue date>-<6 digits>, gap-free per year", example = "INV-2026-000001",
                required = true)
        String number,
        @Schema(example = "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d", required = true) UUID statementId,
        @Schema(example = "customer-support", required = true) String businessUnit,
        @Schema(description = "The business unit's name on the statement; null when it was not registered",
                example = "Customer Support", nullable = true) String businessUnitName,
        @Schema(description = "Finance's booking key, from the statement; null when the business unit was not "
                + "registered", example = "CC-4100", nullable = true) String costCenter,
        @Schema(example = "2026-10", required = true) String month,
        @Schema(example = "2026-11-03", required = true) LocalDate issueDate,
        @Schema(description = "issueDate + payment terms", example = "2026-12-03", required = true) LocalDate dueDate,
        @Schema(example = "USD", required = true) String currency,
        @Schema(description = "Sum of the line amounts = the statement's chargeback total", example = "1020.00",
                required = true)
        BigDecimal total,
        @Schema(description = "The line amounts summed per currency (one entry: statements have one currency)",
                required = true)
        List<TotalView> totals,
        @Schema(required = true) List<LineView> lines,
        @Schema(description = "Finance's booking of the invoice; null while it is still to book", nullable = true)
        AcknowledgementView acknowledgement,
        @Schema(description = "Numbers of the credit notes reversing this invoice (its statement was voided)",
                example = "[]", required = true)
        List<String> creditNotes) {

    static InvoiceView from(Invoice invoice) {
        return new InvoiceView(invoice.number(), invoice.statementId(), invoice.businessUnit(),
                invoice.businessUnitName(), invoice.costCenter(), invoice.month().toString(), invoice.issueDate(),
                invoice.dueDate(), invoice.currency().getCurrencyCode(), invoice.total().amount(),
                invoice.totalsByCurrency().values().stream()
                        .map(m -> new TotalView(m.currency().getCurrencyCode(), m.amount())).toList(),
                invoice.lines().stream().map(LineView::from).toList(),
                invoice.acknowledgement() == null ? null : AcknowledgementView.from(invoice.acknowledgement()),
                invoice.creditNotes());
    }

    /** One invoice line; unrated usage is listed with no unitPrice and no amount, and is not in the total. */
    @Schema(name = "InvoiceLineView")
    public record LineView(
            @Schema(example = "1", required = true) int lineNumber,
            @Schema(example = "ai-resolution: 1200 resolution x 0.85 USD", required = true) String description,
            @Schema(example = "1200", nullable = true) BigDecimal quantity,
            @Schema(description = "Null for unrated usage and tiered prices", example = "0.85", nullable = true)
            BigDecimal unitPrice,
            @Schema(description = "Null for unrated usage", example = "1020.00", nullable = true) BigDecimal amount) {

        static LineView from(Invoice.Line line) {
            return new LineView(line.lineNumber(), line.description(), line.quantity(), line.unitPrice(),
                    line.amount() == null ? null : line.amount().amount());
        }
    }

    /** The charged amount of an invoice in one currency. */
    @Schema(name = "InvoiceTotalView")
    public record TotalView(@Schema(example = "USD", required = true) String currency,
                            @Schema(example = "1020.00", required = true) BigDecimal amount) {
    }

    /** Finance's booking of an invoice. */
    @Schema(name = "InvoiceAcknowledgementView")
    public record AcknowledgementView(
            @Schema(example = "INV-2026-000001", required = true) String invoiceNumber,
            @Schema(description = "Finance's own booking reference", example = "GL-2026-11-000871", required = true)
            String reference,
            @Schema(description = "Who or what booked it", example = "sap-connector", nullable = true) String bookedBy,
            @Schema(example = "2026-11-04T08:15:00Z", required = true) Instant acknowledgedAt) {

        static AcknowledgementView from(Invoice.Acknowledgement a) {
            return new AcknowledgementView(a.invoiceNumber(), a.reference(), a.bookedBy(), a.acknowledgedAt());
        }
    }

    /** A page of the invoice feed. */
    @Schema(name = "InvoicePageView", description = "A page of GET /v1/invoices")
    public record PageView(
            @Schema(required = true) List<InvoiceView> items,
            @Schema(description = "Opaque. Send it as after= for the next page; store it to resume after a crash or "
                    + "to poll for new invoices later. Never null: on an empty page it is the cursor you sent",
                    example = "aW52b2ljZTo0Mg", required = true)
            String nextCursor,
            @Schema(description = "More invoices were already there when this page was read: ask again at once",
                    example = "false", required = true)
            boolean hasMore) {

        static PageView from(FeedPage<Invoice> page) {
            return new PageView(page.items().stream().map(InvoiceView::from).toList(), page.nextCursor(),
                    page.hasMore());
        }
    }
}
