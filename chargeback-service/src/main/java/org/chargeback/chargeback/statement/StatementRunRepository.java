package org.chargeback.chargeback.statement;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Statement runs with their reconciliation and unallocated costs, plain JDBC. Runs are history: insert only. */
@ApplicationScoped
class StatementRunRepository {

    private final DataSource dataSource;

    StatementRunRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the run without its statements (they are stored by {@link StatementRepository}). */
    void insert(StatementRun run) {
        String sql = "insert into statement_run (id, month, currency, created_at, cost_total, allocated_total,"
                + " unallocated_total, reconciled) values (?, ?, ?, ?, ?, ?, ?, ?)";
        String costSql = "insert into statement_run_unallocated_cost (run_id, line_number, service_category,"
                + " billed_cost, amount) values (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement costs = c.prepareStatement(costSql)) {
            Reconciliation r = run.reconciliation();
            ps.setObject(1, run.id());
            ps.setString(2, run.month().toString());
            ps.setString(3, run.currency().getCurrencyCode());
            Jdbc.setInstant(ps, 4, run.createdAt());
            ps.setBigDecimal(5, r.costTotal());
            Jdbc.setMoney(ps, 6, r.allocatedTotal());
            Jdbc.setMoney(ps, 7, r.unallocatedTotal());
            ps.setBoolean(8, r.reconciled());
            ps.executeUpdate();
            for (UnallocatedCost cost : run.unallocatedCosts()) {
                costs.setObject(1, run.id());
                costs.setInt(2, cost.lineNumber());
                costs.setString(3, cost.serviceCategory());
                costs.setBigDecimal(4, cost.billedCost());
                Jdbc.setMoney(costs, 5, cost.amount());
                costs.addBatch();
            }
            costs.executeBatch();
        } catch (SQLException e) {
            throw failure("store statement run " + run.id(), e);
        }
    }

    /** The run with its unallocated costs; {@code statements} is left empty for the caller to fill. */
    Optional<StatementRun> findById(UUID id) {
        String sql = "select id, month, currency, created_at, cost_total, allocated_total, unallocated_total,"
                + " reconciled from statement_run where id = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            StatementRun run;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Currency currency = Jdbc.getCurrency(rs, "currency");
                Reconciliation reconciliation = new Reconciliation(currency, rs.getBigDecimal("cost_total"),
                        Jdbc.getMoney(rs, "allocated_total", currency),
                        Jdbc.getMoney(rs, "unallocated_total", currency), rs.getBoolean("reconciled"));
                run = new StatementRun(id, Jdbc.getMonth(rs, "month"), currency, Jdbc.getInstant(rs, "created_at"),
                        reconciliation, List.of(), List.of());
            }
            return Optional.of(new StatementRun(run.id(), run.month(), run.currency(), run.createdAt(),
                    run.reconciliation(), unallocatedCostsOf(c, run.id(), run.currency()), List.of()));
        } catch (SQLException e) {
            throw failure("read statement run " + id, e);
        }
    }

    private static List<UnallocatedCost> unallocatedCostsOf(Connection c, UUID runId, Currency currency)
            throws SQLException {
        String sql = "select line_number, service_category, billed_cost, amount"
                + " from statement_run_unallocated_cost where run_id = ? order by line_number";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, runId);
            List<UnallocatedCost> costs = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    costs.add(new UnallocatedCost(rs.getInt("line_number"), rs.getString("service_category"),
                            rs.getBigDecimal("billed_cost"), Jdbc.getMoney(rs, "amount", currency)));
                }
            }
            return costs;
        }
    }
}
