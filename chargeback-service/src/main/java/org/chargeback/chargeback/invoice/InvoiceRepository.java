package org.chargeback.chargeback.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Invoices, their lines and acknowledgements, plain JDBC. Insert only: a trigger refuses updates and deletes. */
@ApplicationScoped
class InvoiceRepository {

    private static final String COLUMNS = "number, seq, statement_id, business_unit, business_unit_name, cost_center,"
            + " month, issue_date, due_date, currency, total, created_at";
    private static final String SELECT = "select " + COLUMNS.replaceAll("(\\w+)", "i.$1")
            + ", a.reference, a.booked_by, a.acknowledged_at,"
            + " array(select n.number from credit_note n where n.invoice_number = i.number order by n.seq) as credit_notes"
            + " from invoice i left join invoice_acknowledgement a on a.invoice_number = i.number";

    private final DataSource dataSource;

    InvoiceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(Invoice invoice) {
        String sql = "insert into invoice (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String lineSql = "insert into invoice_line (invoice_number, line_number, description, quantity, unit_price,"
                + " amount) values (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lines = c.prepareStatement(lineSql)) {
            ps.setString(1, invoice.number());
            ps.setLong(2, invoice.seq());
            ps.setObject(3, invoice.statementId());
            ps.setString(4, invoice.businessUnit());
            ps.setString(5, invoice.businessUnitName());
            ps.setString(6, invoice.costCenter());
            ps.setString(7, invoice.month().toString());
            Jdbc.setDate(ps, 8, invoice.issueDate());
            Jdbc.setDate(ps, 9, invoice.dueDate());
            ps.setString(10, invoice.currency().getCurrencyCode());
            Jdbc.setMoney(ps, 11, invoice.total());
            Jdbc.setInstant(ps, 12, invoice.createdAt());
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
        List<Invoice> found = select(" where i.number = ?", List.of(number), Integer.MAX_VALUE);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * At most {@code limit} invoices after feed position {@code afterSeq}, by seq; {@code acknowledged} null = all,
     * else only those booked (true) or still to book (false). One statement, so one snapshot: see FeedSequence for
     * why nothing below the last seq returned can appear later.
     */
    /** {@code scope}: the business units whose invoices to list, empty for all (Caller.businessUnitScope()). */
    List<Invoice> listAfter(long afterSeq, int limit, Boolean acknowledged, Optional<Set<String>> scope) {
        String filter = acknowledged == null ? "" : acknowledged ? " and a.invoice_number is not null"
                : " and a.invoice_number is null";
        return select(" where i.seq > ?" + filter + " and " + Jdbc.inBusinessUnitScope("i.business_unit"),
                List.of(afterSeq, scope.isEmpty(), scope.orElse(Set.of()).toArray(String[]::new)), limit);
    }

    /**
     * Records finance's acknowledgement unless the invoice has one already; answers the one standing afterwards
     * (this one, or the earlier one). The primary key decides between concurrent acknowledgements.
     */
    Invoice.Acknowledgement acknowledge(Invoice.Acknowledgement acknowledgement) {
        String insert = "insert into invoice_acknowledgement (invoice_number, reference, booked_by, acknowledged_at)"
                + " values (?, ?, ?, ?) on conflict (invoice_number) do nothing";
        String read = "select invoice_number, reference, booked_by, acknowledged_at from invoice_acknowledgement"
                + " where invoice_number = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(insert);
             PreparedStatement rs = c.prepareStatement(read)) {
            ps.setString(1, acknowledgement.invoiceNumber());
            ps.setString(2, acknowledgement.reference());
            ps.setString(3, acknowledgement.bookedBy());
            Jdbc.setInstant(ps, 4, acknowledgement.acknowledgedAt());
            ps.executeUpdate();
            rs.setString(1, acknowledgement.invoiceNumber());
            try (ResultSet row = rs.executeQuery()) {
                row.next();
                return new Invoice.Acknowledgement(row.getString("invoice_number"), row.getString("reference"),
                        row.getString("booked_by"), Jdbc.getInstant(row, "acknowledged_at"));
            }
        } catch (SQLException e) {
            throw failure("acknowledge invoice " + acknowledgement.invoiceNumber(), e);
        }
    }

    private List<Invoice> select(String where, List<Object> parameters, int limit) {
        String sql = SELECT + where + " order by i.seq" + (limit == Integer.MAX_VALUE ? "" : " limit " + limit);
        String lineSql = "select invoice_number, line_number, description, quantity, unit_price, amount"
                + " from invoice_line where invoice_number = any(?) order by invoice_number, line_number";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lps = c.prepareStatement(lineSql)) {
            for (int i = 0; i < parameters.size(); i++) {
                ps.setObject(i + 1, parameters.get(i));
            }
            Map<String, Invoice> invoices = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Currency currency = Jdbc.getCurrency(rs, "currency");
                    String number = rs.getString("number");
                    Instant acknowledgedAt = Jdbc.getInstant(rs, "acknowledged_at");
                    Invoice.Acknowledgement acknowledgement = acknowledgedAt == null ? null
                            : new Invoice.Acknowledgement(number, rs.getString("reference"), rs.getString("booked_by"),
                            acknowledgedAt);
                    Array notes = rs.getArray("credit_notes");
                    invoices.put(number, new Invoice(number, rs.getLong("seq"),
                            rs.getObject("statement_id", UUID.class), rs.getString("business_unit"),
                            rs.getString("business_unit_name"), rs.getString("cost_center"),
                            Jdbc.getMonth(rs, "month"), Jdbc.getDate(rs, "issue_date"), Jdbc.getDate(rs, "due_date"),
                            currency, Jdbc.getMoney(rs, "total", currency), Jdbc.getInstant(rs, "created_at"),
                            new ArrayList<>(), acknowledgement, List.of((String[]) notes.getArray())));
                }
            }
            if (invoices.isEmpty()) {
                return List.of();
            }
            // The lines of invoices committed with the page: they were inserted in the invoice's own transaction.
            lps.setArray(1, c.createArrayOf("text", invoices.keySet().toArray()));
            try (ResultSet rs = lps.executeQuery()) {
                while (rs.next()) {
                    Invoice invoice = invoices.get(rs.getString("invoice_number"));
                    invoice.lines().add(new Invoice.Line(rs.getInt("line_number"), rs.getString("description"),
                            rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"),
                            Jdbc.getMoney(rs, "amount", invoice.currency())));
                }
            }
            return invoices.values().stream().map(i -> new Invoice(i.number(), i.seq(), i.statementId(),
                    i.businessUnit(), i.businessUnitName(), i.costCenter(), i.month(), i.issueDate(), i.dueDate(),
                    i.currency(), i.total(), i.createdAt(), List.copyOf(i.lines()), i.acknowledgement(),
                    i.creditNotes())).toList();
        } catch (SQLException e) {
            throw failure("read invoices", e);
        }
    }
}
