package org.chargeback.chargeback.invoice;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * Hands out invoice numbers {@code INV-<year>-<6 digits>}, sequential and gap-free per year.
 *
 * <p>Why a counter row and not a PostgreSQL sequence: a sequence never gives a number back, so a rolled-back issue
 * would leave a gap, and tax rules want an unbroken series. The upsert below locks the year's row until the issuing
 * transaction ends: concurrent issues queue on it, and a rollback returns the number.
 */
@ApplicationScoped
class InvoiceNumberSequence {

    private static final String NEXT = """
            insert into invoice_number_counter (year, last_value) values (?, 1)
            on conflict (year) do update set last_value = invoice_number_counter.last_value + 1
            returning last_value""";

    private final DataSource dataSource;

    InvoiceNumberSequence(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Must run inside the issuing transaction: the number is only taken if that transaction commits. */
    String next(int year) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(NEXT)) {
            ps.setInt(1, year);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                // Six digits as agreed with finance; a 1,000,000th invoice in one year would simply get seven.
                return String.format("INV-%04d-%06d", year, rs.getLong(1));
            }
        } catch (SQLException e) {
            throw failure("draw the next invoice number of " + year, e);
        }
    }
}
