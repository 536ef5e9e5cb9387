package org.chargeback.chargeback.statement;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Statements and their lines, plain JDBC. Joins the caller's transaction (Agroal enlists the connection). */
@ApplicationScoped
class StatementRepository {

    private static final String COLUMNS = "id, run_id, month, business_unit, business_unit_name, cost_center, status, "
            + "currency, showback_total, chargeback_total, created_at, issued_at, invoice_number";

    private final DataSource dataSource;

    StatementRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Serializes the runs and issues of one month until the transaction ends, so a run never rebuilds a draft for a
     * business unit whose statement is being issued at the same moment.
     */
    void lockMonth(YearMonth month) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            ps.setString(1, "statement-month:" + month);
            ps.executeQuery().close();
        } catch (SQLException e) {
            throw failure("lock month " + month, e);
        }
    }

    int deleteDraftsOf(YearMonth month) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("delete from statement where month = ? and status = 'DRAFT'")) {
            ps.setString(1, month.toString());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("delete the drafts of " + month, e);
        }
    }

    void insert(Statement statement) {
        String sql = "insert into statement (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        String lineSql = "insert into statement_line (statement_id, line_number, kind, description, service_category, "
                + "product, unit, quantity, unit_price, unrounded_amount, amount) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement lines = c.prepareStatement(lineSql)) {
            ps.setObject(1, statement.id());
            ps.setObject(2, statement.runId());
            ps.setString(3, statement.month().toString());
            ps.setString(4, statement.businessUnit());
            ps.setString(5, statement.businessUnitName());
            ps.setString(6, statement.costCenter());
            ps.setString(7, statement.status().name());
            ps.setString(8, statement.currency().getCurrencyCode());
            Jdbc.setMoney(ps, 9, statement.showbackTotal());
            Jdbc.setMoney(ps, 10, statement.chargebackTotal());
            Jdbc.setInstant(ps, 11, statement.createdAt());
            Jdbc.setInstant(ps, 12, statement.issuedAt());
            ps.setString(13, statement.invoiceNumber());
            ps.executeUpdate();
            for (StatementLine line : statement.lines()) {
                lines.setObject(1, statement.id());
                lines.setInt(2, line.lineNumber());
                lines.setString(3, line.kind().name());
                lines.setString(4, line.description());
                lines.setString(5, line.serviceCategory());
                lines.setString(6, line.product());
                lines.setString(7, line.unit());
                lines.setBigDecimal(8, line.quantity());
                lines.setBigDecimal(9, line.unitPrice());
                lines.setBigDecimal(10, line.unroundedAmount());
                Jdbc.setMoney(lines, 11, line.amount());
                lines.addBatch();
            }
            lines.executeBatch();
        } catch (SQLException e) {
            throw failure("store statement " + statement.id(), e);
        }
    }

    Optional<YearMonth> findMonthOf(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select month from statement where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Jdbc.getMonth(rs, "month")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read statement " + id, e);
        }
    }

    /** The statement with its lines; {@code forUpdate} locks the statement row until the transaction ends. */
    Optional<Statement> findById(UUID id, boolean forUpdate) {
        String sql = "select " + COLUMNS + " from statement where id = ?" + (forUpdate ? " for update" : "");
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            Statement statement;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                statement = statement(rs);
            }
            return Optional.of(statement.withLines(linesOf(c, statement)));
        } catch (SQLException e) {
            throw failure("read statement " + id, e);
        }
    }

    /** Statements without lines, by month then business unit; null filters match everything. */
    List<Statement> list(YearMonth month, String businessUnit) {
        String sql = "select " + COLUMNS + " from statement"
                + " where (cast(? as text) is null or month = ?) and (cast(? as text) is null or business_unit = ?)"
                + " order by month, business_unit";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            String monthText = month == null ? null : month.toString();
            ps.setString(1, monthText);
            ps.setString(2, monthText);
            ps.setString(3, businessUnit);
            ps.setString(4, businessUnit);
            List<Statement> statements = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add(statement(rs));
                }
            }
            return statements;
        } catch (SQLException e) {
            throw failure("list statements", e);
        }
    }

    void markIssued(UUID id, Instant issuedAt, String invoiceNumber) {
        String sql = "update statement set status = 'ISSUED', issued_at = ?, invoice_number = ?"
                + " where id = ? and status = 'DRAFT'";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, issuedAt);
            ps.setString(2, invoiceNumber);
            ps.setObject(3, id);
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("Statement " + id + " was not a draft any more when issued");
            }
        } catch (SQLException e) {
            throw failure("issue statement " + id, e);
        }
    }

    private static List<StatementLine> linesOf(Connection c, Statement statement) throws SQLException {
        String sql = "select line_number, kind, description, service_category, product, unit, quantity, unit_price,"
                + " unrounded_amount, amount from statement_line where statement_id = ? order by line_number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, statement.id());
            List<StatementLine> lines = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new StatementLine(rs.getInt("line_number"), LineKind.valueOf(rs.getString("kind")),
                            rs.getString("description"), rs.getString("service_category"), rs.getString("product"),
                            rs.getString("unit"), rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"),
                            rs.getBigDecimal("unrounded_amount"),
                            Jdbc.getMoney(rs, "amount", statement.currency())));
                }
            }
            return lines;
        }
    }

    private static Statement statement(ResultSet rs) throws SQLException {
        Currency currency = Jdbc.getCurrency(rs, "currency");
        return new Statement(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                Jdbc.getMonth(rs, "month"), rs.getString("business_unit"), rs.getString("business_unit_name"),
                rs.getString("cost_center"),
                StatementStatus.valueOf(rs.getString("status")), currency,
                Jdbc.getMoney(rs, "showback_total", currency), Jdbc.getMoney(rs, "chargeback_total", currency),
                Jdbc.getInstant(rs, "created_at"), Jdbc.getInstant(rs, "issued_at"), rs.getString("invoice_number"),
                List.of());
    }
}
