package org.chargeback.chargeback.statement;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.Jdbc;
import org.chargeback.chargeback.shared.Money;

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

    /**
     * Stores the run without its statements (they are stored by {@link StatementRepository}); the reconciliation
     * is written by {@link #updateReconciliation} once the statements are in.
     */
    void insert(StatementRun run, java.math.BigDecimal costTotal, java.math.BigDecimal effectiveCostTotal) {
        String sql = "insert into statement_run (id, month, currency, created_at, cost_total, allocated_total,"
                + " unallocated_total, reconciled, effective_cost_total) values (?, ?, ?, ?, ?, 0, 0, false, ?)";
        String costSql = "insert into statement_run_unallocated_cost (run_id, line_number, service_category,"
                + " billed_cost, amount) values (?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql);
             PreparedStatement costs = c.prepareStatement(costSql)) {
            ps.setObject(1, run.id());
            ps.setString(2, run.month().toString());
            ps.setString(3, run.currency().getCurrencyCode());
            Jdbc.setInstant(ps, 4, run.createdAt());
            ps.setBigDecimal(5, costTotal);
            ps.setBigDecimal(6, effectiveCostTotal);
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

    /**
     * Stores the run's cost groups once, numbered 1.. in the given order; answers each group's number, for the line
     * sources that point at them.
     */
    java.util.Map<org.chargeback.chargeback.allocation.CostGroup, Integer> insertCostGroups(
            UUID runId, List<org.chargeback.chargeback.allocation.CostGroup> groups) {
        java.util.Map<org.chargeback.chargeback.allocation.CostGroup, Integer> numbers = new java.util.IdentityHashMap<>();
        StringBuilder csv = new StringBuilder(groups.size() * 256);
        try {
            for (org.chargeback.chargeback.allocation.CostGroup group : groups) {
                int number = numbers.size() + 1;
                numbers.put(group, number);
                csv.append(runId).append(',').append(number).append(',')
                        .append(Jdbc.csvText(JSON.writeValueAsString(group.dimensions()))).append(',')
                        .append(group.billedCost().toPlainString()).append(',')
                        .append(group.effectiveCost().toPlainString()).append(',')
                        .append(group.rowCount()).append('\n');
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write cost group dimensions", e);
        }
        try (Connection c = dataSource.getConnection()) {
            Jdbc.copyCsv(c, "statement_run_cost_group (run_id, group_number, dimensions, billed_cost,"
                    + " effective_cost, row_count)", csv);
        } catch (SQLException e) {
            throw failure("store the cost groups of run " + runId, e);
        }
        return numbers;
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    void updateReconciliation(UUID runId, Reconciliation r) {
        String sql = "update statement_run set allocated_total = ?, unallocated_total = ?, reconciled = ?,"
                + " allocated_effective_total = ? where id = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setMoney(ps, 1, r.allocatedTotal());
            Jdbc.setMoney(ps, 2, r.unallocatedTotal());
            ps.setBoolean(3, r.balanced());
            Jdbc.setMoney(ps, 4, r.effectiveStatementTotal());
            ps.setObject(5, runId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("store the reconciliation of run " + runId, e);
        }
    }

    /** The run with its unallocated costs; {@code statements} is left empty for the caller to fill. */
    Optional<StatementRun> findById(UUID id) {
        String sql = "select id, month, currency, created_at, cost_total, allocated_total, unallocated_total,"
                + " reconciled, effective_cost_total, allocated_effective_total from statement_run where id = ?";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            StatementRun run;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Currency currency = Jdbc.getCurrency(rs, "currency");
                java.math.BigDecimal effective = rs.getBigDecimal("effective_cost_total");
                Money effectiveOnStatements = Jdbc.getMoney(rs, "allocated_effective_total", currency);
                // Runs from before EffectiveCost was reconciled have neither column.
                Reconciliation reconciliation = Reconciliation.of(rs.getBigDecimal("cost_total"),
                        Jdbc.getMoney(rs, "allocated_total", currency),
                        Jdbc.getMoney(rs, "unallocated_total", currency),
                        effective == null ? java.math.BigDecimal.ZERO : effective,
                        effectiveOnStatements == null ? Money.zero(currency) : effectiveOnStatements);
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
