package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.ingestion.shared.GroupBy;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sums the usage of a month by business unit, use case, product and/or day, in one GROUP BY. */
@ApplicationScoped
public class UsageSummaryService {

    private static final Map<String, String> DIMENSIONS = Map.of(
            "businessUnit", "business_unit",
            "useCase", "use_case",
            "product", "product",
            "day", "to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD')");
    private static final List<String> DEFAULT_GROUP_BY = List.of("businessUnit", "product");

    private final DataSource dataSource;

    UsageSummaryService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public UsageSummaryView summarize(String month, String groupBy) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        List<String> dimensions = GroupBy.parse(groupBy, DEFAULT_GROUP_BY, DIMENSIONS, d -> false);
        StringBuilder sql = new StringBuilder("select ");
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append(DIMENSIONS.get(dimensions.get(i))).append(", ");
            positions.append(i == 0 ? "" : ", ").append(i + 1);
        }
        sql.append("sum(quantity), count(*) from usage_event where occurred_at >= ? and occurred_at < ?");
        if (!dimensions.isEmpty()) {
            sql.append(" group by ").append(positions).append(" order by ").append(positions);
        }
        List<UsageSummaryView.Group> groups = new ArrayList<>();
        BigDecimal totalQuantity = BigDecimal.ZERO;
        long totalEvents = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            select.setTimestamp(1, Timestamp.from(period.start()));
            select.setTimestamp(2, Timestamp.from(period.end()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(dimensions.size() + 2);
                    if (count == 0) {
                        continue; // an ungrouped sum over no rows
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < dimensions.size(); i++) {
                        values.put(dimensions.get(i), rs.getString(i + 1));
                    }
                    BigDecimal quantity = rs.getBigDecimal(dimensions.size() + 1);
                    groups.add(new UsageSummaryView.Group(values, quantity, count));
                    totalQuantity = totalQuantity.add(quantity);
                    totalEvents += count;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising usage of " + period + " failed", e);
        }
        return new UsageSummaryView(period.toString(), dimensions, groups,
                new UsageSummaryView.Totals(totalQuantity, totalEvents));
    }
}
