package org.chargeback.chargeback.allocation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * Allocation rule versions, plain JDBC; insert-only (a database trigger refuses updates and deletes). Conditions and
 * allocation are stored as jsonb. Joins the caller's transaction.
 */
@ApplicationScoped
class AllocationRuleRepository {

    private static final String COLUMNS = "code, version, name, priority, effective_from, effective_to,"
            + " match_conditions, allocate, workload_category, budget_category, changed_by, reason, created_at";
    private static final TypeReference<List<RuleCondition>> CONDITIONS = new TypeReference<>() { };

    private final DataSource dataSource;
    private final ObjectMapper json;

    AllocationRuleRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** @return false when this code already has this version number (nothing written) */
    boolean insertIfAbsent(AllocationRule rule) {
        String sql = "insert into allocation_rule_version (" + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?)"
                + " on conflict (code, version) do nothing";
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, rule.code());
            ps.setInt(2, rule.version());
            ps.setString(3, rule.name());
            ps.setInt(4, rule.priority());
            ps.setObject(5, rule.effectiveFrom().atDay(1));
            ps.setObject(6, rule.effectiveTo() == null ? null : rule.effectiveTo().atDay(1));
            ps.setString(7, json.writeValueAsString(rule.match()));
            ps.setString(8, json.writeValueAsString(rule.allocate()));
            ps.setString(9, rule.workloadCategory() == null ? null : rule.workloadCategory().name());
            ps.setString(10, rule.budgetCategory() == null ? null : rule.budgetCategory().name());
            ps.setString(11, rule.changedBy());
            ps.setString(12, rule.reason());
            Jdbc.setInstant(ps, 13, rule.createdAt());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("store version " + rule.version() + " of allocation rule " + rule.code(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write allocation rule " + rule.code() + " as JSON", e);
        }
    }

    /** Every version of the rule, oldest first; empty when the code is unknown. */
    List<AllocationRule> listVersions(String code) {
        return query("select " + COLUMNS + " from allocation_rule_version where code = ? order by version",
                "read allocation rule " + code, code);
    }

    /** The latest version of every rule, by code. */
    List<AllocationRule> listLatest() {
        return query("select distinct on (code) " + COLUMNS + " from allocation_rule_version"
                + " order by code, version desc", "list allocation rules");
    }

    /** Every version whose period contains the month (several per code possible: the highest is in force). */
    List<AllocationRule> listCovering(YearMonth month) {
        LocalDate first = month.atDay(1);
        return query("select " + COLUMNS + " from allocation_rule_version where effective_from <= ?"
                        + " and (effective_to is null or effective_to > ?) order by code, version",
                "list allocation rules of " + month, first, first);
    }

    private List<AllocationRule> query(String sql, String what, Object... parameters) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<AllocationRule> rules = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rules.add(rule(rs));
                }
            }
            return rules;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private AllocationRule rule(ResultSet rs) throws SQLException {
        LocalDate to = Jdbc.getDate(rs, "effective_to");
        String workload = rs.getString("workload_category");
        String budget = rs.getString("budget_category");
        try {
            return new AllocationRule(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                    rs.getInt("priority"), YearMonth.from(Jdbc.getDate(rs, "effective_from")),
                    to == null ? null : YearMonth.from(to),
                    json.readValue(rs.getString("match_conditions"), CONDITIONS),
                    json.readValue(rs.getString("allocate"), RuleAllocation.class),
                    workload == null ? null : WorkloadCategory.valueOf(workload),
                    budget == null ? null : BudgetCategory.valueOf(budget),
                    rs.getString("changed_by"), rs.getString("reason"), Jdbc.getInstant(rs, "created_at"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored allocation rule " + rs.getString("code") + " is unreadable", e);
        }
    }
}
