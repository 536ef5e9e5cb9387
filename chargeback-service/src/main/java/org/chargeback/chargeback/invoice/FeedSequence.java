package org.chargeback.chargeback.invoice;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * Feed positions of invoices and credit notes: 1, 2, 3 ... per kind, in commit order.
 *
 * <p>Why this makes {@code ?after=<seq>} safe: the upsert locks the kind's counter row until the creating transaction
 * ends, so a transaction can only draw seq k after the holder of k-1 has committed (or rolled back, giving k-1 back,
 * which it then draws itself). PostgreSQL makes a committed transaction visible to new snapshots before it releases its
 * row locks, so any snapshot that sees seq k also sees every committed seq below k. A reader that has seen everything
 * up to k can therefore never later find a new document below k. Invoice numbers alone do not give this: their
 * counter is per year, and two years' counters are not ordered against each other.
 *
 * <p>Callers take this lock <em>before</em> the yearly number counter, always in that order, so the two locks
 * cannot deadlock.
 */
@ApplicationScoped
class FeedSequence {

    static final String INVOICE = "invoice";
    static final String CREDIT_NOTE = "credit-note";

    private static final String NEXT = """
            insert into document_feed_counter (kind, last_value) values (?, 1)
            on conflict (kind) do update set last_value = document_feed_counter.last_value + 1
            returning last_value""";

    private final DataSource dataSource;

    FeedSequence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Must run inside the creating transaction: the position is only taken if that transaction commits. */
    long next(String kind) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(NEXT)) {
            ps.setString(1, kind);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("draw the next " + kind + " feed position", e);
        }
    }
}
