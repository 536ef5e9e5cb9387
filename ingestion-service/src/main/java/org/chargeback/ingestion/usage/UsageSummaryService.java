package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.ingestion.shared.GroupBy;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sums the usage of a month by business unit, use case, product and/or day. Reads the daily rollup (kept with the
 * events, retractions already subtracted), so the cost depends on the number of days x business units x use cases
 * x products, not on the number of events. Lists the usage of products pricing-service does not know as unmatched.
 */
@ApplicationScoped
public class UsageSummaryService {

    private static final Map<String, String> DIMENSIONS = Map.of(
            "businessUnit", "business_unit",
            "useCase", "use_case",
            "product", "product",
            "day", "to_char(day, 'YYYY-MM-DD')");
    private static final List<String> DEFAULT_GROUP_BY = List.of("businessUnit", "product");

    private final DataSource dataSource;
    private final ProductCatalog products;

    UsageSummaryService(DataSource dataSource, ProductCatalog products) {
        this.dataSource = dataSource;
        this.products = products;
    }

    public UsageSummaryView summarize(String month, String groupBy) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        List<String> dimensions = GroupBy.parse(groupBy, DEFAULT_GROUP_BY, DIMENSIONS, d -> false);
        List<UsageSummaryView.Group> groups = new ArrayList<>();
        BigDecimal totalQuantity = BigDecimal.ZERO;
        long totalEvents = 0;
        List<UsageSummaryView.Unmatched> unmatched = new ArrayList<>();
        boolean productsChecked = true;
        try (Connection c = dataSource.getConnection()) {
            for (String[] row : sums(c, period, dimensions)) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < dimensions.size(); i++) {
                    values.put(dimensions.get(i), row[i]);
                }
                BigDecimal quantity = new BigDecimal(row[dimensions.size()]);
                long count = Long.parseLong(row[dimensions.size() + 1]);
                groups.add(new UsageSummaryView.Group(values, quantity, count));
                totalQuantity = totalQuantity.add(quantity);
                totalEvents += count;
            }
            for (String[] row : sums(c, period, List.of("product"))) {
                Optional<Boolean> known = products.isKnown(row[0]);
                if (known.isEmpty()) {
                    productsChecked = false;
                } else if (!known.get()) {
                    unmatched.add(new UsageSummaryView.Unmatched("product", row[0], new BigDecimal(row[1]),
                            Long.parseLong(row[2])));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising usage of " + period + " failed", e);
        }
        return new UsageSummaryView(period.toString(), dimensions, groups,
                new UsageSummaryView.Totals(totalQuantity, totalEvents), unmatched, productsChecked);
    }

    /** Rows of dimension values, then quantity and event count, as text; groups whose events are all retracted are left out. */
    private static List<String[]> sums(Connection c, BillingPeriod period, List<String> dimensions) throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append(DIMENSIONS.get(dimensions.get(i))).append(", ");
            positions.append(i == 0 ? "" : ", ").append(i + 1);
        }
        sql.append("sum(quantity), sum(event_count) from usage_daily_rollup where day >= ? and day < ?");
        if (!dimensions.isEmpty()) {
            sql.append(" group by ").append(positions);
        }
        sql.append(" having sum(event_count) > 0");
        if (!dimensions.isEmpty()) {
            sql.append(" order by ").append(positions);
        }
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql.toString())) {
            select.setDate(1, Date.valueOf(period.start().atOffset(ZoneOffset.UTC).toLocalDate()));
            select.setDate(2, Date.valueOf(period.end().atOffset(ZoneOffset.UTC).toLocalDate()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String[] row = new String[dimensions.size() + 2];
                    for (int i = 0; i < dimensions.size(); i++) {
                        row[i] = rs.getString(i + 1);
                    }
                    row[dimensions.size()] = rs.getBigDecimal(dimensions.size() + 1).toPlainString();
                    row[dimensions.size() + 1] = rs.getString(dimensions.size() + 2);
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
