package org.chargeback.ingestion.cost;

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
import java.util.TreeMap;

/** Sums stored costs of one billing period by the dimensions a caller asks for, in one GROUP BY. */
@ApplicationScoped
public class CostSummaryService {

    private static final String TAG_PREFIX = "tag:";
    private static final Map<String, String> DIMENSIONS = Map.of(
            "billingAccountId", "billing_account_id",
            "subAccountId", "sub_account_id",
            "serviceCategory", "service_category",
            "serviceName", "service_name",
            "providerName", "provider_name",
            "publisherName", "publisher_name",
            "chargeCategory", "charge_category",
            "skuId", "sku_id",
            "regionId", "region_id");

    private final DataSource dataSource;

    CostSummaryService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @param billingPeriod a month, YYYY-MM: rows whose BillingPeriodStart falls in it
     * @param groupBy       comma-separated dimensions; {@code tag:<key>} groups by the value of that key in Tags
     */
    public CostSummaryView summarize(String billingPeriod, String groupBy) {
        BillingPeriod period = BillingPeriod.parse("billingPeriod", billingPeriod);
        List<String> dimensions = GroupBy.parse(groupBy, List.of(), DIMENSIONS,
                d -> d.startsWith(TAG_PREFIX) && d.length() > TAG_PREFIX.length());
        List<String> expressions = new ArrayList<>();
        List<String> tagKeys = new ArrayList<>();
        for (String dimension : dimensions) {
            if (dimension.startsWith(TAG_PREFIX)) {
                expressions.add("tags ->> ?");
                tagKeys.add(dimension.substring(TAG_PREFIX.length()));
            } else {
                expressions.add(DIMENSIONS.get(dimension));
            }
        }
        StringBuilder sql = new StringBuilder("select ");
        for (String expression : expressions) {
            sql.append(expression).append(", ");
        }
        sql.append("billing_currency, sum(billed_cost), sum(effective_cost), count(*) from cost_record")
                .append(" where billing_period_start >= ? and billing_period_start < ? group by ");
        // Group and order by position so each tag key is bound once.
        for (int i = 1; i <= expressions.size() + 1; i++) {
            sql.append(i == 1 ? "" : ", ").append(i);
        }
        sql.append(" order by ");
        for (int i = 1; i <= expressions.size() + 1; i++) {
            sql.append(i == 1 ? "" : ", ").append(i).append(" nulls last");
        }
        List<CostSummaryView.Group> groups = new ArrayList<>();
        Map<String, CostTotal> totals = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (String key : tagKeys) {
                select.setString(p++, key);
            }
            select.setTimestamp(p++, Timestamp.from(period.start()));
            select.setTimestamp(p, Timestamp.from(period.end()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < dimensions.size(); i++) {
                        values.put(dimensions.get(i), rs.getString(i + 1));
                    }
                    int at = dimensions.size() + 1;
                    CostSummaryView.Group group = new CostSummaryView.Group(values, rs.getString(at),
                            rs.getBigDecimal(at + 1), rs.getBigDecimal(at + 2), rs.getLong(at + 3));
                    groups.add(group);
                    totals.merge(group.billingCurrency(),
                            new CostTotal(group.billingCurrency(), group.billedCost(), group.effectiveCost(), group.rowCount()),
                            CostSummaryService::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising costs of " + period + " failed", e);
        }
        return new CostSummaryView(period.toString(), dimensions, groups, List.copyOf(totals.values()));
    }

    private static CostTotal add(CostTotal a, CostTotal b) {
        return new CostTotal(a.billingCurrency(), a.billedCost().add(b.billedCost()),
                a.effectiveCost().add(b.effectiveCost()), a.rowCount() + b.rowCount());
    }

}
