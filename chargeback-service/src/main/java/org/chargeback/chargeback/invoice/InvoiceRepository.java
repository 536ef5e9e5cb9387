package org.chargeback.chargeback.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Invoices and their lines, plain JDBC. Insert only: an invoice is never changed. */
@ApplicationScoped
class InvoiceRepository {

    private static final String COLUMNS = "number, statement_id, business_unit, month, issue_date, due_date, currency,"
            + " total, created_at";

    private final DataSource dataSource;

    InvoiceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Invoice invoice) {
        String sql = "insert into invoice (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String lineSql = "insert into invoice_line (invoice_number, line_number, description, quantity, unit_price,"
                + " amount) values (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lines = c.prepareStatement(lineSql)) {
            ps.setString(1, invoice.number());
            ps.setObject(2, invoice.statementId());
            ps.setString(3, invoice.businessUnit());
            ps.setString(4, invoice.month().toString());
            Jdbc.setDate(ps, 5, invoice.issueDate());
            Jdbc.setDate(ps, 6, invoice.dueDate());
            ps.setString(7, invoice.currency().getCurrencyCode());
            Jdbc.setMoney(ps, 8, invoice.total());
            Jdbc.setInstant(ps, 9, invoice.createdAt());
            ps.executeUpdate();
            for (Invoice.Line line : invoice.lines()) {
                lines.setString(1, invoice.number());
                lines.setInt(2, line.lineNumber());
                lines.setString(3, line.description());
                lines.setBigDecimal(4, line.quantity());
                lines.setBigDecimal(5, line.unitPrice());
                Jdbc.setMoney(lines, 6, line.amount());
                lines.addBatch();
            }
            lines.executeBatch();
        } catch (SQLException e) {
            throw failure("store invoice " + invoice.number(), e);
        }
    }

    Optional<Invoice> findByNumber(String number) {
        List<Invoice> found = select(" where number = ?", number);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** All invoices ordered by number (the number sorts by year, then sequence). */
    List<Invoice> listAll() {
        return select("", null);
    }

    private List<Invoice> select(String where, String parameter) {
        String sql = "select " + COLUMNS + " from invoice" + where + " order by number";
        String lineSql = "select l.invoice_number, l.line_number, l.description, l.quantity, l.unit_price, l.amount"
                + " from invoice_line l join invoice i on i.number = l.invoice_number"
                + where.replace("number", "i.number") + " order by l.invoice_number, l.line_number";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lps = c.prepareStatement(lineSql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
                lps.setString(1, parameter);
            }
            Map<String, Invoice> invoices = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Jdbc.getCurrency(rs, "currency");
                    invoices.put(rs.getString("number"), new Invoice(rs.getString("number"),
                            rs.getObject("statement_id", UUID.class), rs.getString("business_unit"),
                            Jdbc.getMonth(rs, "month"), Jdbc.getDate(rs, "issue_date"), Jdbc.getDate(rs, "due_date"),
                            currency, Jdbc.getMoney(rs, "total", currency), Jdbc.getInstant(rs, "created_at"),
                            new ArrayList<>()));
                }
            }
            try (ResultSet rs = lps.executeQuery()) {
                while (rs.next()) {
                    Invoice invoice = invoices.get(rs.getString("invoice_number"));
                    invoice.lines().add(new Invoice.Line(rs.getInt("line_number"), rs.getString("description"),
                            rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"),
                            Jdbc.getMoney(rs, "amount", invoice.currency())));
                }
            }
            return invoices.values().stream().map(i -> new Invoice(i.number(), i.statementId(), i.businessUnit(),
                    i.month(), i.issueDate(), i.dueDate(), i.currency(), i.total(), i.createdAt(),
                    List.copyOf(i.lines()))).toList();
        } catch (SQLException e) {
            throw failure("read invoices", e);
        }
    }
}
