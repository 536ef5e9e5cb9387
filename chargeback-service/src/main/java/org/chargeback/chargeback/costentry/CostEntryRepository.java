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
import java.util.Optional;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/** Manual cost entries and their reversals, plain JDBC. Joins the caller's transaction. */
@ApplicationScoped
class CostEntryRepository {

    private static final String COLUMNS = "id, month, business_unit_code, use_case_code, budget_category,"
            + " workload_category, amount, currency, description, entered_by, entered_at, reverses, reason";
    // reversedBy is not stored on the original (it is immutable): it is the entry that names it in "reverses".
    private static final String SELECT = "select " + prefixed("e") + ", r.id as reversed_by from cost_entry e"
            + " left join cost_entry r on r.reverses = e.id";

    private final DataSource dataSource;

    CostEntryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(CostEntry entry) {
        String sql = "insert into cost_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, entry);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("store cost entry " + entry.id(), e);
        }
    }

    /** @return false when the entry it reverses has a reversal already (nothing written) */
    boolean insertReversalIfAbsent(CostEntry reversal) {
        String sql = "insert into cost_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (reverses) do nothing";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, reversal);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store reversal of cost entry " + reversal.reverses(), e);
        }
    }

    Optional<CostEntry> findById(UUID id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(SELECT + " where e.id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read cost entry " + id, e);
        }
    }

    /** The month's entries (reversals included), by business unit, then as entered. */
    List<CostEntry> listOfMonth(YearMonth month, String businessUnit) {
        String sql = SELECT + " where e.month = ?" + (businessUnit == null ? "" : " and e.business_unit_code = ?")
                + " order by e.business_unit_code, e.entered_at, e.id";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, month.toString());
            if (businessUnit != null) {
                ps.setString(2, businessUnit);
            }
            List<CostEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw failure("list cost entries of " + month, e);
        }
    }

    private static void bind(PreparedStatement ps, CostEntry entry) throws SQLException {
        ps.setObject(1, entry.id());
        ps.setString(2, entry.month().toString());
        ps.setString(3, entry.businessUnit());
        ps.setString(4, entry.useCase());
        ps.setString(5, entry.budgetCategory().name());
        ps.setString(6, entry.workloadCategory().name());
        ps.setBigDecimal(7, entry.amount());
        ps.setString(8, entry.currency());
        ps.setString(9, entry.description());
        ps.setString(10, entry.enteredBy());
        Jdbc.setInstant(ps, 11, entry.enteredAt());
        ps.setObject(12, entry.reverses());
        ps.setString(13, entry.reason());
    }

    private static CostEntry entry(ResultSet rs) throws SQLException {
        return new CostEntry(rs.getObject("id", UUID.class), Jdbc.getMonth(rs, "month"),
                rs.getString("business_unit_code"), rs.getString("use_case_code"),
                BudgetCategory.valueOf(rs.getString("budget_category")),
                WorkloadCategory.valueOf(rs.getString("workload_category")), rs.getBigDecimal("amount"),
                rs.getString("currency").trim(), rs.getString("description"), rs.getString("entered_by"),
                Jdbc.getInstant(rs, "entered_at"), rs.getObject("reverses", UUID.class), rs.getString("reason"),
                rs.getObject("reversed_by", UUID.class));
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }
}
