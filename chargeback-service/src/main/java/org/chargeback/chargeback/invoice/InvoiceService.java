package org.chargeback.chargeback.invoice;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Invoices: created when a statement is issued, then only read. */
@ApplicationScoped
@Transactional
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final InvoiceNumberSequence numbers;
    private final ChargebackConfig config;

    InvoiceService(InvoiceRepository invoices, InvoiceNumberSequence numbers, ChargebackConfig config) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.config = config;
    }

    /**
     * Creates the invoice of a statement being issued. MANDATORY: the number is drawn in the issuing transaction, so
     * if issuing fails the number is given back and the yearly series stays gap-free.
     * The issue date is the UTC date of {@code issuedAt}; the due date adds the configured payment terms.
     * Unrated lines are listed without an amount and left out of the total.
     */
    @Transactional(MANDATORY)
    public Invoice createInvoice(NewInvoice request) {
        LocalDate issueDate = LocalDate.ofInstant(request.issuedAt(), ZoneOffset.UTC);
        LocalDate dueDate = issueDate.plusDays(config.invoice().paymentTermsDays());
        String number = numbers.next(issueDate.getYear());
        List<Invoice.Line> lines = new ArrayList<>();
        Money total = Money.zero(request.currency());
        for (NewInvoice.Line line : request.lines()) {
            lines.add(new Invoice.Line(lines.size() + 1, line.description(), line.quantity(), line.unitPrice(),
                    line.amount()));
            if (line.amount() != null) {
                total = total.plus(line.amount());
            }
        }
        Invoice invoice = new Invoice(number, request.statementId(), request.businessUnit(), request.month(),
                issueDate, dueDate, request.currency(), total, request.issuedAt(), List.copyOf(lines));
        invoices.insert(invoice);
        Log.infof("Created invoice %s for statement %s (%s %s), total %s, due %s", number, request.statementId(),
                request.businessUnit(), request.month(), total, dueDate);
        return invoice;
    }

    /** Every invoice, ordered by number. */
    @Transactional(SUPPORTS)
    public List<Invoice> listInvoices() {
        return invoices.listAll();
    }

    /** The invoice with this number, or 404. */
    @Transactional(SUPPORTS)
    public Invoice findInvoice(String number) {
        return invoices.findByNumber(number).orElseThrow(() -> ProblemException.notFound("Invoice", number));
    }
}
