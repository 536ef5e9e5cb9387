package org.chargeback.ingestion.cost;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.ingestion.shared.GroupBy;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums stored costs of one billing period by the dimensions a caller asks for, in one GROUP BY. Only the current
 * revision of each (BillingAccountId, BillingPeriodStart) scope counts, or the revision in force at {@code asOf}.
 */
@ApplicationScoped
public class CostSummaryService {

    private static final String TAG_PREFIX = "tag:";
    private static final String EXTRA_PREFIX = "x_";
    private static final Map<String, String> DIMENSIONS = Map.ofEntries(
            Map.entry("billingPeriod", "to_char(r.billing_period_start at time zone 'UTC', 'YYYY-MM')"),
            Map.entry("chargePeriodMonth", "to_char(r.charge_day, 'YYYY-MM')"),
            Map.entry("chargePeriodDay", "to_char(r.charge_day, 'YYYY-MM-DD')"),
            Map.entry("billingAccountId", "r.billing_account_id"),
            Map.entry("subAccountId", "r.sub_account_id"),
            Map.entry("providerName", "r.provider_name"),
            Map.entry("publisherName", "r.publisher_name"),
            Map.entry("serviceCategory", "r.service_category"),
            Map.entry("serviceName", "r.service_name"),
            Map.entry("chargeCategory", "r.charge_category"),
            Map.entry("skuId", "r.sku_id"),
            Map.entry("regionId", "r.region_id"));

    private final DataSource dataSource;

    CostSummaryService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A dimension as SQL: an expression, and the key it binds (tag or x_ column name), if any. */
    private record Expression(String sql, String key) {
    }

    /**
     * @param billingPeriod a month, YYYY-MM: rows whose BillingPeriodStart falls in it
     * @param groupBy       comma-separated dimensions; {@code tag:<key>} a key of Tags, {@code x_<name>} a custom column
     * @param filters       {@code dimension=value} each; an empty value matches rows without one
     * @param asOf          count the revisions in force at this instant instead of the current ones
     */
    public CostSummaryView summarize(String billingPeriod, String groupBy, List<String> filters, String asOf) {
        BillingPeriod period = BillingPeriod.parse("billingPeriod", billingPeriod);
        Instant asOfInstant = parseAsOf(asOf);
        List<String> dimensions = GroupBy.parse(groupBy, List.of(), DIMENSIONS, CostSummaryService::isKeyedDimension);
        Map<String, String> filterValues = parseFilters(filters);

        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select ");
        for (String dimension : dimensions) {
            Expression e = expression(dimension);
            sql.append(e.sql()).append(", ");
            if (e.key() != null) params.add(e.key());
        }
        // The daily rollup holds the same sums as the provider rows, already collapsed per day and dimension set.
        sql.append("r.billing_currency, sum(r.billed_cost), sum(r.effective_cost), sum(r.list_cost), sum(r.contracted_cost),")
                .append(" sum(r.consumed_quantity), sum(r.row_count) from cost_daily_rollup r join cost_scope_revision s")
                .append(" on s.import_id = r.import_id and s.billing_account_id = r.billing_account_id")
                .append(" and s.billing_period_start = r.billing_period_start")
                .append(" where r.billing_period_start >= ? and r.billing_period_start < ?");
        params.add(Timestamp.from(period.start()));
        params.add(Timestamp.from(period.end()));
        if (asOfInstant == null) {
            sql.append(" and s.valid_to is null");
        } else {
            sql.append(" and s.valid_from <= ? and (s.valid_to is null or s.valid_to > ?)");
            params.add(Timestamp.from(asOfInstant));
            params.add(Timestamp.from(asOfInstant));
        }
        for (Map.Entry<String, String> filter : filterValues.entrySet()) {
            Expression e = expression(filter.getKey());
            if (e.key() != null) params.add(e.key());
            if (filter.getValue().isEmpty()) {
                sql.append(" and ").append(e.sql()).append(" is null");
            } else {
                sql.append(" and ").append(e.sql()).append(" = ?");
                params.add(filter.getValue());
            }
        }
        // Group and order by position so each tag key is bound once.
        sql.append(" group by ").append(positions(dimensions.size() + 1, ""))
                .append(" order by ").append(positions(dimensions.size() + 1, " nulls last"));

        List<CostSummaryView.Group> groups = new ArrayList<>();
        Map<String, CostSummaryView.Sums> totals = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                select.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < dimensions.size(); i++) {
                        values.put(dimensions.get(i), rs.getString(i + 1));
                    }
                    int at = dimensions.size() + 1;
                    CostSummaryView.Group group = new CostSummaryView.Group(values, rs.getString(at),
                            rs.getBigDecimal(at + 1), rs.getBigDecimal(at + 2), rs.getBigDecimal(at + 3),
                            rs.getBigDecimal(at + 4), rs.getBigDecimal(at + 5), rs.getLong(at + 6));
                    groups.add(group);
                    totals.merge(group.billingCurrency(), sums(group), CostSummaryService::add);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising costs of " + period + " failed", e);
        }
        return new CostSummaryView(period.toString(), asOfInstant, dimensions, filterValues, groups, List.copyOf(totals.values()));
    }

    /** Every scope of a billing period with its current revision (and, with history, every earlier one). */
    public List<CostSummaryView.Revision> revisions(String billingPeriod, boolean history) {
        BillingPeriod period = BillingPeriod.parse("billingPeriod", billingPeriod);
        String sql = "select billing_account_id, billing_period_start, revision, import_id, row_count, valid_from, valid_to"
                + " from cost_scope_revision where billing_period_start >= ? and billing_period_start < ?"
                + (history ? "" : " and valid_to is null")
                + " order by billing_account_id, billing_period_start, revision";
        List<CostSummaryView.Revision> revisions = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setTimestamp(1, Timestamp.from(period.start()));
            select.setTimestamp(2, Timestamp.from(period.end()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Timestamp validTo = rs.getTimestamp(7);
                    revisions.add(new CostSummaryView.Revision(rs.getString(1),
                            rs.getTimestamp(2).toInstant().atOffset(ZoneOffset.UTC).toString().substring(0, 7),
                            rs.getInt(3), rs.getObject(4, java.util.UUID.class), rs.getLong(5),
                            rs.getTimestamp(6).toInstant(), validTo == null ? null : validTo.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading cost revisions of " + period + " failed", e);
        }
        return revisions;
    }

    private static boolean isKeyedDimension(String dimension) {
        return (dimension.startsWith(TAG_PREFIX) && dimension.length() > TAG_PREFIX.length())
                || (dimension.startsWith(EXTRA_PREFIX) && dimension.length() > EXTRA_PREFIX.length());
    }

    private static Expression expression(String dimension) {
        if (dimension.startsWith(TAG_PREFIX)) {
            return new Expression("(r.tags ->> ?)", dimension.substring(TAG_PREFIX.length()));
        }
        if (dimension.startsWith(EXTRA_PREFIX)) {
            return new Expression("(r.x_columns ->> ?)", dimension);
        }
        return new Expression(DIMENSIONS.get(dimension), null);
    }

    private static Map<String, String> parseFilters(List<String> filters) {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (filters == null) return parsed;
        for (String filter : filters) {
            int eq = filter == null ? -1 : filter.indexOf('=');
            String dimension = eq < 0 ? filter : filter.substring(0, eq).trim();
            if (eq < 0 || !(DIMENSIONS.containsKey(dimension) || isKeyedDimension(dimension))) {
                throw ProblemException.invalidField("filter", filter,
                        "must be dimension=value with a dimension allowed in groupBy (empty value = no value)");
            }
            parsed.put(dimension, filter.substring(eq + 1));
        }
        return parsed;
    }

    private static Instant parseAsOf(String asOf) {
        if (asOf == null || asOf.isBlank()) return null;
        try {
            return OffsetDateTime.parse(asOf.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("asOf", asOf, "must be an ISO 8601 instant with offset, e.g. 2026-11-02T08:00:00Z");
        }
    }

    private static String positions(int count, String suffix) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            s.append(i == 1 ? "" : ", ").append(i).append(suffix);
        }
        return s.toString();
    }

    private static CostSummaryView.Sums sums(CostSummaryView.Group g) {
        return new CostSummaryView.Sums(g.billingCurrency(), g.billedCost(), g.effectiveCost(), g.listCost(),
                g.contractedCost(), g.consumedQuantity(), g.rowCount());
    }

    private static CostSummaryView.Sums add(CostSummaryView.Sums a, CostSummaryView.Sums b) {
        return new CostSummaryView.Sums(a.billingCurrency(), a.billedCost().add(b.billedCost()),
                a.effectiveCost().add(b.effectiveCost()), plus(a.listCost(), b.listCost()),
                plus(a.contractedCost(), b.contractedCost()), plus(a.consumedQuantity(), b.consumedQuantity()),
                a.rowCount() + b.rowCount());
    }

    /** Optional FOCUS amounts: a sum over rows without any is null, not zero. */
    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.add(b);
    }
}
