package org.chargeback.chargeback.costentry;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Versions of recurring cost entries, plain JDBC. Joins the caller's transaction. */
@ApplicationScoped
class RecurringCostEntryRepository {

    private static final String COLUMNS = "code, version, business_unit_code, use_case_code, description, quantity,"
            + " unit_price, currency, budget_category, workload_category, from_month, to_month, entered_by, entered_at";

    private final DataSource dataSource;

    RecurringCostEntryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @return false when this code already has this version (nothing written): for version 1 the code is taken, for
     * a later one a concurrent change got there first
     */
    boolean insertIfAbsent(RecurringCostEntry entry) {
        String sql = "insert into recurring_cost_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (code, version) do nothing";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, entry.code());
            ps.setInt(2, entry.version());
            ps.setString(3, entry.businessUnit());
            ps.setString(4, entry.useCase());
            ps.setString(5, entry.description());
            ps.setBigDecimal(6, entry.quantity());
            ps.setBigDecimal(7, entry.unitPrice());
            ps.setString(8, entry.currency());
            ps.setString(9, entry.budgetCategory().name());
            ps.setString(10, entry.workloadCategory().name());
            ps.setString(11, entry.fromMonth().toString());
            ps.setString(12, entry.toMonth() == null ? null : entry.toMonth().toString());
            ps.setString(13, entry.enteredBy());
            Jdbc.setInstant(ps, 14, entry.enteredAt());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store recurring cost entry " + entry.reference(), e);
        }
    }

    /** Every version of the code, oldest first; empty for an unknown code. */
    List<RecurringCostEntry> versionsOf(String code) {
        return query("select " + COLUMNS + " from recurring_cost_entry where code = ? order by version",
                ps -> ps.setString(1, code), "read recurring cost entry " + code);
    }

    /** The latest version of every code, by code. */
    List<RecurringCostEntry> listLatest() {
        return query("select distinct on (code) " + COLUMNS + " from recurring_cost_entry order by code, version desc",
                ps -> { }, "list recurring cost entries");
    }

    /**
     * The version in force in the month of every code, by code: the highest version starting in or before the
     * month, unless its toMonth is before the month. A later version supersedes the earlier ones from its fromMonth
     * on, so a version with a toMonth also ends the entry (an earlier open-ended version does not come back).
     */
    List<RecurringCostEntry> listInForce(YearMonth month) {
        String sql = "select * from (select distinct on (code) " + COLUMNS + " from recurring_cost_entry"
                + " where from_month <= ? order by code, version desc) latest"
                + " where to_month is null or to_month >= ? order by code";
        return query(sql, ps -> {
            ps.setString(1, month.toString());
            ps.setString(2, month.toString());
        }, "list recurring cost entries in force in " + month);
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private List<RecurringCostEntry> query(String sql, Binder binder, String what) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<RecurringCostEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static RecurringCostEntry entry(ResultSet rs) throws SQLException {
        String toMonth = rs.getString("to_month");
        return new RecurringCostEntry(rs.getString("code"), rs.getInt("version"), rs.getString("business_unit_code"),
                rs.getString("use_case_code"), rs.getString("description"), rs.getBigDecimal("quantity"),
                rs.getBigDecimal("unit_price"), rs.getString("currency").trim(),
                BudgetCategory.valueOf(rs.getString("budget_category")),
                WorkloadCategory.valueOf(rs.getString("workload_category")), Jdbc.getMonth(rs, "from_month"),
                toMonth == null ? null : YearMonth.parse(toMonth.trim()), rs.getString("entered_by"),
                Jdbc.getInstant(rs, "entered_at"));
    }
}
