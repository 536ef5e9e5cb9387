package org.chargeback.chargeback.budget;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Budgets, reallocations, business metrics and corridors, plain JDBC. Joins the caller's transaction. */
@ApplicationScoped
public class BudgetRepository {

    private static final String COLUMNS = "id, business_unit, use_case, budget_category, period, currency,"
            + " original_amount, amount, production_percent, scaling_percent, experimental_percent,"
            + " innovation_reserve_percent, alert_percent, review_percent, approval_percent, created_by, created_at";

    private final DataSource dataSource;

    BudgetRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return false when a budget of the same scope and period exists (the unique index decides) */
    boolean insertIfAbsent(Budget b) {
        String sql = "insert into budget (" + COLUMNS + ", period_type, first_month, last_month) values (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setObject(i++, b.id());
            ps.setString(i++, b.businessUnit());
            ps.setString(i++, b.useCase());
            ps.setString(i++, b.budgetCategory() == null ? null : b.budgetCategory().name());
            ps.setString(i++, b.period().label());
            ps.setString(i++, b.currency().getCurrencyCode());
            ps.setBigDecimal(i++, b.originalAmount());
            ps.setBigDecimal(i++, b.amount());
            ps.setBigDecimal(i++, b.productionPercent());
            ps.setBigDecimal(i++, b.scalingPercent());
            ps.setBigDecimal(i++, b.experimentalPercent());
            ps.setBigDecimal(i++, b.innovationReservePercent());
            ps.setBigDecimal(i++, b.thresholds().alertPercent());
            ps.setBigDecimal(i++, b.thresholds().reviewPercent());
            ps.setBigDecimal(i++, b.thresholds().approvalPercent());
            ps.setString(i++, b.createdBy());
            Jdbc.setInstant(ps, i++, b.createdAt());
            ps.setString(i++, b.period().type().name());
            ps.setString(i++, b.period().firstMonth().toString());
            ps.setString(i, b.period().lastMonth().toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store a budget", e);
        }
    }

    Optional<Budget> findById(UUID id, boolean forUpdate) {
        List<Budget> found = query("select " + COLUMNS + " from budget where id = ?" + (forUpdate ? " for update" : ""),
                ps -> ps.setObject(1, id));
        return found.stream().findFirst();
    }

    /** Budgets whose period contains {@code month} (every month when null), of one business unit or all. */
    public List<Budget> listCovering(YearMonth month, String businessUnit) {
        String sql = "select " + COLUMNS + " from budget where (cast(? as text) is null or (first_month <= ?"
                + " and last_month >= ?)) and (cast(? as text) is null or business_unit = ?)"
                + " order by first_month, business_unit, use_case nulls first, budget_category nulls first";
        String m = month == null ? null : month.toString();
        return query(sql, ps -> {
            ps.setString(1, m);
            ps.setString(2, m);
            ps.setString(3, m);
            ps.setString(4, businessUnit);
            ps.setString(5, businessUnit);
        });
    }

    /** Budgets of exactly this period label (2026-10 or 2026-Q4), or all. */
    List<Budget> listByPeriod(String period, String businessUnit, Optional<Set<String>> scope) {
        String sql = "select " + COLUMNS + " from budget where (cast(? as text) is null or period = ?)"
                + " and (cast(? as text) is null or business_unit = ?) and " + Jdbc.inBusinessUnitScope("business_unit")
                + " order by first_month, business_unit, use_case nulls first, budget_category nulls first";
        return query(sql, ps -> {
            ps.setString(1, period);
            ps.setString(2, period);
            ps.setString(3, businessUnit);
            ps.setString(4, businessUnit);
            Jdbc.setBusinessUnitScope(ps, 5, scope);
        });
    }

    void addToAmount(UUID id, BigDecimal delta) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update budget set amount = amount + ? where id = ?")) {
            ps.setBigDecimal(1, delta);
            ps.setObject(2, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("move budget amount", e);
        }
    }

    void insertReallocation(Reallocation r) {
        String sql = "insert into budget_reallocation (id, from_budget_id, to_budget_id, amount, currency, reason,"
                + " requested_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, r.id());
            ps.setObject(2, r.fromBudgetId());
            ps.setObject(3, r.toBudgetId());
            ps.setBigDecimal(4, r.amount());
            ps.setString(5, r.currency());
            ps.setString(6, r.reason());
            ps.setString(7, r.requestedBy());
            Jdbc.setInstant(ps, 8, r.createdAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("store a reallocation", e);
        }
    }

    /**
     * Reallocations touching the budget (either side), or all of a period's budgets; oldest first. Only those with
     * a budget of the scope's business units on either side.
     */
    List<Reallocation> listReallocations(UUID budgetId, String period, Optional<Set<String>> scope) {
        String sql = "select r.* from budget_reallocation r join budget f on f.id = r.from_budget_id"
                + " join budget t on t.id = r.to_budget_id"
                + " where (cast(? as uuid) is null or r.from_budget_id = ? or r.to_budget_id = ?)"
                + " and (cast(? as text) is null or f.period = ?)"
                + " and (" + Jdbc.inBusinessUnitScope("f.business_unit") + " or "
                + Jdbc.inBusinessUnitScope("t.business_unit") + ") order by r.created_at, r.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, budgetId);
            ps.setObject(2, budgetId);
            ps.setObject(3, budgetId);
            ps.setString(4, period);
            ps.setString(5, period);
            Jdbc.setBusinessUnitScope(ps, Jdbc.setBusinessUnitScope(ps, 6, scope), scope);
            List<Reallocation> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Reallocation(rs.getObject("id", UUID.class),
                            rs.getObject("from_budget_id", UUID.class), rs.getObject("to_budget_id", UUID.class),
                            rs.getBigDecimal("amount"), rs.getString("currency").trim(), rs.getString("reason"),
                            rs.getString("requested_by"), Jdbc.getInstant(rs, "created_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("list reallocations", e);
        }
    }

    /** @return true when the metric was new for the business unit and month, false when it replaced a value */
    boolean upsertMetric(BusinessMetric m) {
        String sql = "insert into business_metric (business_unit, month, metric, value, currency, reported_by,"
                + " reported_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (business_unit, month, metric) do update"
                + " set value = excluded.value, currency = excluded.currency, reported_by = excluded.reported_by,"
                + " reported_at = excluded.reported_at returning (xmax = 0) as inserted";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, m.businessUnit());
            ps.setString(2, m.month().toString());
            ps.setString(3, m.metric());
            ps.setBigDecimal(4, m.value());
            ps.setString(5, m.currency());
            ps.setString(6, m.reportedBy());
            Jdbc.setInstant(ps, 7, m.reportedAt());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw failure("store a business metric", e);
        }
    }

    List<BusinessMetric> listMetrics(YearMonth month, String businessUnit, Optional<Set<String>> scope) {
        String sql = "select * from business_metric where month = ? and (cast(? as text) is null or business_unit = ?)"
                + " and " + Jdbc.inBusinessUnitScope("business_unit") + " order by business_unit, metric";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            ps.setString(2, businessUnit);
            ps.setString(3, businessUnit);
            Jdbc.setBusinessUnitScope(ps, 4, scope);
            List<BusinessMetric> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new BusinessMetric(rs.getString("business_unit"), Jdbc.getMonth(rs, "month"),
                            rs.getString("metric"), rs.getBigDecimal("value"), rs.getString("currency").trim(),
                            rs.getString("reported_by"), Jdbc.getInstant(rs, "reported_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("list business metrics", e);
        }
    }

    boolean insertCorridorIfAbsent(Corridor k) {
        String sql = "insert into consumption_corridor (business_unit, metric, floor_percent, ceiling_percent,"
                + " created_by, created_at) values (?, ?, ?, ?, ?, ?) on conflict do nothing";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, k.businessUnit());
            ps.setString(2, k.metric());
            ps.setBigDecimal(3, k.floorPercent());
            ps.setBigDecimal(4, k.ceilingPercent());
            ps.setString(5, k.createdBy());
            Jdbc.setInstant(ps, 6, k.createdAt());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store a corridor", e);
        }
    }

    List<Corridor> listCorridors(String businessUnit, Optional<Set<String>> scope) {
        String sql = "select * from consumption_corridor where (cast(? as text) is null or business_unit = ?)"
                + " and " + Jdbc.inBusinessUnitScope("business_unit") + " order by business_unit, metric";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, businessUnit);
            ps.setString(2, businessUnit);
            Jdbc.setBusinessUnitScope(ps, 3, scope);
            List<Corridor> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Corridor(rs.getString("business_unit"), rs.getString("metric"),
                            rs.getBigDecimal("floor_percent"), rs.getBigDecimal("ceiling_percent"),
                            rs.getString("created_by"), Jdbc.getInstant(rs, "created_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("list corridors", e);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<Budget> query(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<Budget> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String category = rs.getString("budget_category");
                    found.add(new Budget(rs.getObject("id", UUID.class), rs.getString("business_unit"),
                            rs.getString("use_case"), category == null ? null : BudgetCategory.valueOf(category),
                            BudgetPeriod.parse("period", rs.getString("period")), Jdbc.getCurrency(rs, "currency"),
                            rs.getBigDecimal("original_amount"), rs.getBigDecimal("amount"),
                            rs.getBigDecimal("production_percent"), rs.getBigDecimal("scaling_percent"),
                            rs.getBigDecimal("experimental_percent"), rs.getBigDecimal("innovation_reserve_percent"),
                            new Budget.Thresholds(rs.getBigDecimal("alert_percent"), rs.getBigDecimal("review_percent"),
                                    rs.getBigDecimal("approval_percent")),
                            rs.getString("created_by"), Jdbc.getInstant(rs, "created_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read budgets", e);
        }
    }
}
