package org.chargeback.chargeback.invoice;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Invoices: created when a statement is issued, then only read, and acknowledged once by finance. */
@ApplicationScoped
@Transactional
public class InvoiceService {

    private final InvoiceRepository invoices;
    private final InvoiceNumberSequence numbers;
    private final FeedSequence feed;
    private final ChargebackConfig config;
    private final Clock clock;

    InvoiceService(InvoiceRepository invoices, InvoiceNumberSequence numbers, FeedSequence feed,
                   ChargebackConfig config, Clock clock) {
        this.invoices = invoices;
        this.numbers = numbers;
        this.feed = feed;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Creates the invoice of a statement being issued. MANDATORY: the feed position and the number are drawn in the
     * issuing transaction (in that order, see FeedSequence), so if issuing fails both are given back and the yearly
     * series stays gap-free. The issue date is the UTC date of {@code issuedAt}; the due date adds the configured
     * payment terms. Unrated lines are listed without an amount and left out of the total.
     */
    @Transactional(MANDATORY)
    public Invoice createInvoice(NewInvoice request) {
        LocalDate issueDate = LocalDate.ofInstant(request.issuedAt(), ZoneOffset.UTC);
        LocalDate dueDate = issueDate.plusDays(config.invoice().paymentTermsDays());
        long seq = feed.next(FeedSequence.INVOICE);
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
        Invoice invoice = new Invoice(number, seq, request.statementId(), request.businessUnit(),
                request.businessUnitName(), request.costCenter(), request.month(), issueDate, dueDate,
                request.currency(), total, request.issuedAt(), List.copyOf(lines), null, List.of());
        invoices.insert(invoice);
        Log.infof("Created invoice %s (feed position %d) for statement %s (%s %s), total %s, due %s", number, seq,
                request.statementId(), request.businessUnit(), request.month(), total, dueDate);
        return invoice;
    }

    /**
     * A page of the invoice feed: invoices after the cursor {@code after} (none: from the start), oldest feed position
     * first, at most {@code limit} (default 100, 1 to 1000). {@code acknowledged} "true"/"false" keeps only invoices
     * booked / still to book. Bad parameters are 400s naming them.
     */
    @Transactional(SUPPORTS)
    public FeedPage<Invoice> listInvoices(String after, String limit, String acknowledged,
                                          Optional<Set<String>> scope) {
        FeedCursor cursor = FeedCursor.decode(FeedSequence.INVOICE, after);
        int max = FeedCursor.limit(limit);
        Boolean filter = acknowledgedFilter(acknowledged);
        List<Invoice> found = invoices.listAfter(cursor.seq(), max + 1, filter, scope);
        boolean hasMore = found.size() > max;
        List<Invoice> page = hasMore ? found.subList(0, max) : found;
        long last = page.isEmpty() ? cursor.seq() : page.get(page.size() - 1).seq();
        return new FeedPage<>(List.copyOf(page), new FeedCursor(FeedSequence.INVOICE, last).encode(), hasMore);
    }

    /** The invoice with this number, or 404. */
    @Transactional(SUPPORTS)
    public Invoice findInvoice(String number) {
        return invoices.findByNumber(number).orElseThrow(() -> ProblemException.notFound("Invoice", number));
    }

    /**
     * Records that finance booked the invoice under its own {@code reference}. Once per invoice: the same reference
     * again answers the recorded acknowledgement unchanged ({@code created} false), another one is a 409 naming the
     * recorded reference.
     */
    public Acknowledged acknowledgeInvoice(String number, String reference, String bookedBy) {
        Invoice invoice = findInvoice(number);
        if (invoice.acknowledgement() != null) {
            return sameOrConflict(invoice.acknowledgement(), reference);
        }
        Invoice.Acknowledgement wanted = new Invoice.Acknowledgement(number, reference.strip(),
                bookedBy == null || bookedBy.isBlank() ? null : bookedBy.strip(), now());
        Invoice.Acknowledgement standing = invoices.acknowledge(wanted);
        boolean created = standing.equals(wanted);
        if (created) {
            Log.infof("Invoice %s booked by finance as %s (%s)", number, standing.reference(), standing.bookedBy());
            return new Acknowledged(standing, true);
        }
        // Another request acknowledged it between our read and our insert: treat it as if it had been first.
        return sameOrConflict(standing, reference);
    }

    /** An acknowledgement and whether this request recorded it. */
    public record Acknowledged(Invoice.Acknowledgement acknowledgement, boolean created) {
    }

    private static Acknowledged sameOrConflict(Invoice.Acknowledgement standing, String reference) {
        if (standing.reference().equals(reference.strip())) {
            return new Acknowledged(standing, false);
        }
        throw new ProblemException(409, "invoice-already-acknowledged", "Invoice already acknowledged",
                "Invoice " + standing.invoiceNumber() + " was booked as '" + standing.reference() + "' at "
                        + standing.acknowledgedAt() + "; an invoice is booked once (credit it to undo a booking)")
                .with("reference", standing.reference())
                .with("acknowledgedAt", standing.acknowledgedAt().toString());
    }

    private static Boolean acknowledgedFilter(String acknowledged) {
        if (acknowledged == null || acknowledged.isBlank()) {
            return null;
        }
        return switch (acknowledged.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidField("acknowledged", acknowledged, "must be true or false");
        };
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
