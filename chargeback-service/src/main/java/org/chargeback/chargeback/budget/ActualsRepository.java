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

import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * Read-only sums of actual cost over the statements: the SHOWBACK lines (provider cost and cost entries, rounded) of
 * the standing statement of each business unit and month (the draft, else the latest issued version; voided ones
 * do not count), the same statements {@code GET /v1/statements} lists. Month-to-date is whatever the month's latest
 * run saw.
 */
@ApplicationScoped
public class ActualsRepository {

    private static final String STANDING = "with standing as (select distinct on (month, business_unit) id, month,"
            + " business_unit from statement where month >= ? and month <= ? and status <> 'VOIDED'"
            + " and (cast(? as text) is null or business_unit = ?) order by month, business_unit, version desc) ";

    private final DataSource dataSource;

    ActualsRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The spend a budget governs in its period: its business unit, its use case and category when it names them;
     * spend booked to the innovation reserve is left out of a budget without a category (it is never flagged).
     */
    public BigDecimal spendOf(Budget budget) {
        String sql = STANDING + "select coalesce(sum(l.amount), 0) from standing s join statement_line l"
                + " on l.statement_id = s.id where l.kind = 'SHOWBACK'"
                + " and (cast(? as text) is null or l.use_case = ?)"
                + " and (cast(? as text) is null or l.budget_category = ?)"
                + " and (cast(? as text) is not null or l.budget_category is distinct from 'INNOVATION_RESERVE')";
        String category = budget.budgetCategory() == null ? null : budget.budgetCategory().name();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, budget.period().firstMonth().toString());
            ps.setString(2, budget.period().lastMonth().toString());
            ps.setString(3, budget.businessUnit());
            ps.setString(4, budget.businessUnit());
            ps.setString(5, budget.useCase());
            ps.setString(6, budget.useCase());
            ps.setString(7, category);
            ps.setString(8, category);
            ps.setString(9, category);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw failure("sum the actuals of budget " + budget.id(), e);
        }
    }

    /** Actual spend of a business unit and budget category in a range of months. */
    public record CategorySpend(String businessUnit, BudgetCategory budgetCategory, BigDecimal amount) {
    }

    /**
     * The months' spend by business unit and budget category (lines without a category are not counted), of one
     * business unit or all, and only of the business units in {@code scope} (empty: all).
     */
    public List<CategorySpend> spendByBusinessUnitAndCategory(YearMonth from, YearMonth to, String businessUnit,
                                                              Optional<Set<String>> scope) {
        String sql = STANDING + "select s.business_unit, l.budget_category, sum(l.amount) as amount from standing s"
                + " join statement_line l on l.statement_id = s.id where l.kind = 'SHOWBACK'"
                + " and l.budget_category is not null and " + Jdbc.inBusinessUnitScope("s.business_unit")
                + " group by s.business_unit, l.budget_category"
                + " order by s.business_unit, l.budget_category";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, from.toString());
            ps.setString(2, to.toString());
            ps.setString(3, businessUnit);
            ps.setString(4, businessUnit);
            Jdbc.setBusinessUnitScope(ps, 5, scope);
            List<CategorySpend> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new CategorySpend(rs.getString(1), BudgetCategory.valueOf(rs.getString(2)),
                            rs.getBigDecimal(3)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("sum the actuals by business unit and category", e);
        }
    }
}
