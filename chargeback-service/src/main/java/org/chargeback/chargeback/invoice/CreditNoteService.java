package org.chargeback.chargeback.invoice;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.shared.Jdbc;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;
import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * Credit notes: created when an issued statement is voided, then only read. Numbers {@code CN-<year>-<6 digits>},
 * their own gap-free series per year (a counter row locked by the voiding transaction, as for invoices).
 */
@ApplicationScoped
@Transactional
public class CreditNoteService {

    private static final String NEXT = """
            insert into credit_note_number_counter (year, last_value) values (?, 1)
            on conflict (year) do update set last_value = credit_note_number_counter.last_value + 1
            returning last_value""";
    private static final String COLUMNS = "number, seq, invoice_number, statement_id, business_unit, month, issue_date,"
            + " currency, total, reason, created_at";

    private final DataSource dataSource;
    private final InvoiceService invoices;
    private final FeedSequence feed;

    CreditNoteService(DataSource dataSource, InvoiceService invoices, FeedSequence feed) {
        this.dataSource = dataSource;
        this.invoices = invoices;
        this.feed = feed;
    }

    /** Credits the whole invoice of a statement being voided; MANDATORY: number and void commit together. */
    @Transactional(MANDATORY)
    public CreditNote creditInvoice(String invoiceNumber, String reason, Instant at) {
        Invoice invoice = invoices.findInvoice(invoiceNumber);
        LocalDate issueDate = LocalDate.ofInstant(at, ZoneOffset.UTC);
        // Feed position first, then the yearly number: the lock order of FeedSequence.
        long seq = feed.next(FeedSequence.CREDIT_NOTE);
        try (Connection c = dataSource.getConnection();
             PreparedStatement next = c.prepareStatement(NEXT);
             PreparedStatement insert = c.prepareStatement("insert into credit_note (" + COLUMNS
                     + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            next.setInt(1, issueDate.getYear());
            String number;
            try (ResultSet rs = next.executeQuery()) {
                rs.next();
                number = String.format("CN-%04d-%06d", issueDate.getYear(), rs.getLong(1));
            }
            CreditNote note = new CreditNote(number, seq, invoiceNumber, invoice.statementId(), invoice.businessUnit(),
                    invoice.month(), issueDate, invoice.total().negate(), reason, at);
            insert.setString(1, number);
            insert.setLong(2, seq);
            insert.setString(3, invoiceNumber);
            insert.setObject(4, invoice.statementId());
            insert.setString(5, note.businessUnit());
            insert.setString(6, note.month().toString());
            Jdbc.setDate(insert, 7, issueDate);
            insert.setString(8, note.total().currency().getCurrencyCode());
            Jdbc.setMoney(insert, 9, note.total());
            insert.setString(10, reason);
            Jdbc.setInstant(insert, 11, at);
            insert.executeUpdate();
            Log.infof("Credit note %s reverses invoice %s (%s)", number, invoiceNumber, note.total());
            return note;
        } catch (SQLException e) {
            throw failure("create the credit note of invoice " + invoiceNumber, e);
        }
    }

    /**
     * A page of the credit note feed, with the invoice feed's guarantees (FeedSequence): after the cursor
     * {@code after}, oldest feed position first, at most {@code limit} (default 100, 1 to 1000); 400s name the
     * parameter. Only the credit notes of the business units in {@code scope} (empty: all): a bu-owner's pages are
     * full pages of their own credit notes, and their cursor skips the others'.
     */
    @Transactional(SUPPORTS)
    public FeedPage<CreditNote> listCreditNotes(String after, String limit, Optional<Set<String>> scope) {
        FeedCursor cursor = FeedCursor.decode(FeedSequence.CREDIT_NOTE, after);
        int max = FeedCursor.limit(limit);
        List<CreditNote> found = query("select " + COLUMNS + " from credit_note where seq > ? and "
                + Jdbc.inBusinessUnitScope("business_unit") + " order by seq limit " + (max + 1), ps -> {
            ps.setLong(1, cursor.seq());
            Jdbc.setBusinessUnitScope(ps, 2, scope);
        });
        boolean hasMore = found.size() > max;
        List<CreditNote> page = hasMore ? found.subList(0, max) : found;
        long last = page.isEmpty() ? cursor.seq() : page.get(page.size() - 1).seq();
        return new FeedPage<>(List.copyOf(page), new FeedCursor(FeedSequence.CREDIT_NOTE, last).encode(), hasMore);
    }

    @Transactional(SUPPORTS)
    public CreditNote findCreditNote(String number) {
        return query("select " + COLUMNS + " from credit_note where number = ?", ps -> ps.setString(1, number))
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Credit note", number));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<CreditNote> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<CreditNote> notes = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var currency = Jdbc.getCurrency(rs, "currency");
                    notes.add(new CreditNote(rs.getString("number"), rs.getLong("seq"), rs.getString("invoice_number"),
                            rs.getObject("statement_id", java.util.UUID.class), rs.getString("business_unit"),
                            Jdbc.getMonth(rs, "month"), Jdbc.getDate(rs, "issue_date"),
                            Jdbc.getMoney(rs, "total", currency), rs.getString("reason"),
                            Jdbc.getInstant(rs, "created_at")));
                }
            }
            return notes;
        } catch (SQLException e) {
            throw failure("read credit notes", e);
        }
    }

}
