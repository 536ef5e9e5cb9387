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
import java.util.Set;
import java.util.Optional;

/**
 * Sums the usage of a month by business unit, use case, product and/or day. Reads the daily rollup (kept with the
 * events, retractions already subtracted), so the cost depends on the number of days x business units x use cases
 * x products, not on the number of events. Lists the usage of products pricing-service does not know as unmatched.
 * Token counts ({@code tokensIn}, {@code tokensOut} in the events' attributes) are summed in the same rollup.
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

    /** {@code visibleBusinessUnits}: empty for a caller who sees every business unit, else the only ones summed. */
    public UsageSummaryView summarize(String month, String groupBy, Optional<Set<String>> visibleBusinessUnits) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        List<String> dimensions = GroupBy.parse(groupBy, DEFAULT_GROUP_BY, DIMENSIONS, d -> false);
        List<UsageSummaryView.Group> groups = new ArrayList<>();
        Sums totals = Sums.ZERO;
        List<UsageSummaryView.Unmatched> unmatched = new ArrayList<>();
        boolean productsChecked = true;
        try (Connection c = dataSource.getConnection()) {
            for (Sums row : sums(c, period, dimensions, visibleBusinessUnits)) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < dimensions.size(); i++) {
                    values.put(dimensions.get(i), row.values().get(i));
                }
                groups.add(new UsageSummaryView.Group(values, row.quantity(), row.eventCount(), row.tokensIn(),
                        row.tokensOut(), row.tokenEventCount(), row.tokenQuantity()));
                totals = totals.plus(row);
            }
            for (Sums row : sums(c, period, List.of("product"), visibleBusinessUnits)) {
                String product = row.values().get(0);
                Optional<Boolean> known = products.isKnown(product);
                if (known.isEmpty()) {
                    productsChecked = false;
                } else if (!known.get()) {
                    unmatched.add(new UsageSummaryView.Unmatched("product", product, row.quantity(), row.eventCount()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Summarising usage of " + period + " failed", e);
        }
        return new UsageSummaryView(period.toString(), dimensions, groups,
                new UsageSummaryView.Totals(totals.quantity(), totals.eventCount(), totals.tokensIn(),
                        totals.tokensOut(), totals.tokenEventCount(), totals.tokenQuantity()),
                unmatched, productsChecked);
    }

    /** One row of the rollup summed by the requested dimensions: their values, then the sums. */
    private record Sums(List<String> values, BigDecimal quantity, long eventCount, BigDecimal tokensIn,
                        BigDecimal tokensOut, long tokenEventCount, BigDecimal tokenQuantity) {

        static final Sums ZERO = new Sums(List.of(), BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);

        Sums plus(Sums other) {
            return new Sums(List.of(), quantity.add(other.quantity), eventCount + other.eventCount,
                    tokensIn.add(other.tokensIn), tokensOut.add(other.tokensOut),
                    tokenEventCount + other.tokenEventCount, tokenQuantity.add(other.tokenQuantity));
        }
    }

    /** Sums per combination of the dimensions' values; groups whose events are all retracted are left out. */
    private static List<Sums> sums(Connection c, BillingPeriod period, List<String> dimensions,
                                   Optional<Set<String>> visibleBusinessUnits) throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        StringBuilder positions = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            sql.append(DIMENSIONS.get(dimensions.get(i))).append(", ");
            positions.append(i == 0 ? "" : ", ").append(i + 1);
        }
        sql.append("sum(quantity), sum(event_count), sum(tokens_in), sum(tokens_out), sum(token_event_count),"
                + " sum(token_quantity) from usage_daily_rollup where day >= ? and day < ?");
        if (visibleBusinessUnits.isPresent()) {
            sql.append(" and business_unit = any(?)");
        }
        if (!dimensions.isEmpty()) {
            sql.append(" group by ").append(positions);
        }
        sql.append(" having sum(event_count) > 0");
        if (!dimensions.isEmpty()) {
            sql.append(" order by ").append(positions);
        }
        List<Sums> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql.toString())) {
            select.setDate(1, Date.valueOf(period.start().atOffset(ZoneOffset.UTC).toLocalDate()));
            select.setDate(2, Date.valueOf(period.end().atOffset(ZoneOffset.UTC).toLocalDate()));
            if (visibleBusinessUnits.isPresent()) {
                select.setArray(3, c.createArrayOf("text", visibleBusinessUnits.get().toArray()));
            }
            try (ResultSet rs = select.executeQuery()) {
                int n = dimensions.size();
                while (rs.next()) {
                    List<String> values = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        values.add(rs.getString(i + 1));
                    }
                    rows.add(new Sums(values, rs.getBigDecimal(n + 1), rs.getLong(n + 2), rs.getBigDecimal(n + 3),
                            rs.getBigDecimal(n + 4), rs.getLong(n + 5), rs.getBigDecimal(n + 6)));
                }
            }
        }
        return rows;
    }
}
