package org.chargeback.ingestion.cost;

import org.chargeback.ingestion.shared.CopyText;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The import's cost_daily_rollup rows, summed while the rows stream past instead of read back from cost_record
 * afterwards (that GROUP BY over the import's rows cost PostgreSQL seconds per million rows). One group per import,
 * scope, UTC charge day and dimension set, as summaries read them. Memory stays bounded: past {@code maxGroups} the
 * groups so far are written out and summing starts over, so a group may then be stored as several partial rows,
 * which summaries add up like any other rows of the rollup.
 */
final class DailyRollup {

    private static final String COPY_SQL = "COPY cost_daily_rollup (import_id, billing_account_id, billing_period_start,"
            + " charge_day, sub_account_id, provider_name, publisher_name, service_category, service_name, charge_category,"
            + " sku_id, region_id, tags, x_columns, billing_currency, billed_cost, effective_cost, list_cost,"
            + " contracted_cost, consumed_quantity, row_count) FROM STDIN";

    /**
     * What a rollup row groups by. Tags and x_columns compare as the text the file (or importer) wrote. The hash is
     * mixed field by field: the plain 31-multiplier sum of a record collided for files whose dimensions vary together
     * (tags and cost centre per resource), degrading the map to tree bins.
     */
    private static final class Key {
        String billingAccountId;
        Instant billingPeriodStart;
        long chargeDay;
        final String[] values;
        int hash;

        Key(String[] values) {
            this.values = values;
        }

        /** Makes this the key of a row (the probe reused for every row: no key is allocated for a known group). */
        void set(String billingAccountId, Instant billingPeriodStart, long chargeDay) {
            this.billingAccountId = billingAccountId;
            this.billingPeriodStart = billingPeriodStart;
            this.chargeDay = chargeDay;
            long h = mix(mix(mix(0x9E3779B97F4A7C15L, billingAccountId.hashCode()), billingPeriodStart.hashCode()), chargeDay);
            for (String value : values) {
                h = mix(h, value == null ? 0 : value.hashCode());
            }
            this.hash = (int) (h ^ (h >>> 32));
        }

        /** A copy to keep in the map: the probe changes with the next row. */
        Key copy() {
            Key copy = new Key(values.clone());
            copy.billingAccountId = billingAccountId;
            copy.billingPeriodStart = billingPeriodStart;
            copy.chargeDay = chargeDay;
            copy.hash = hash;
            return copy;
        }

        private static long mix(long h, long value) {
            h = (h ^ value) * 0xBF58476D1CE4E5B9L;
            return h ^ (h >>> 31);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Key k) || k.hash != hash || k.chargeDay != chargeDay) return false;
            if (!billingAccountId.equals(k.billingAccountId) || !billingPeriodStart.equals(k.billingPeriodStart)) return false;
            for (int i = 0; i < values.length; i++) {
                if (!java.util.Objects.equals(values[i], k.values[i])) return false;
            }
            return true;
        }
    }

    /** The grouped columns after account, period and day, in cost_daily_rollup's order. */
    private static final CostColumn[] DIMENSIONS = {CostColumn.SUB_ACCOUNT_ID, CostColumn.PROVIDER_NAME,
            CostColumn.PUBLISHER_NAME, CostColumn.SERVICE_CATEGORY, CostColumn.SERVICE_NAME, CostColumn.CHARGE_CATEGORY,
            CostColumn.SKU_ID, CostColumn.REGION_ID, CostColumn.TAGS, null /* x_columns */, CostColumn.BILLING_CURRENCY};

    private static final class Sums {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        BigDecimal list;
        BigDecimal contracted;
        BigDecimal consumed;
        long rows;
    }

    private final String importId;
    private final int maxGroups;
    private final Map<Key, Sums> groups = new HashMap<>();
    private final Key probe = new Key(new String[DIMENSIONS.length]);

    DailyRollup(UUID importId, int maxGroups) {
        this.importId = importId.toString();
        this.maxGroups = maxGroups;
    }

    void add(CostRowParser.ParsedRow row) {
        String[] values = probe.values;
        for (int i = 0; i < values.length; i++) {
            values[i] = DIMENSIONS[i] == null ? row.xColumns : row.value(DIMENSIONS[i]);
        }
        probe.set(row.billingAccountId(), row.billingPeriodStart(),
                Math.floorDiv(row.instant(CostColumn.CHARGE_PERIOD_START).getEpochSecond(), 86_400L));
        Sums sums = groups.get(probe);
        if (sums == null) {
            sums = new Sums();
            groups.put(probe.copy(), sums);
        }
        sums.billed = sums.billed.add(row.billedCost);
        sums.effective = sums.effective.add(row.effectiveCost);
        sums.list = add(sums.list, row.value(CostColumn.LIST_COST));
        sums.contracted = add(sums.contracted, row.value(CostColumn.CONTRACTED_COST));
        sums.consumed = add(sums.consumed, row.value(CostColumn.CONSUMED_QUANTITY));
        sums.rows++;
    }

    /** True when the groups held reach the bound: write them out ({@link #flush}) before adding more. */
    boolean full() {
        return groups.size() >= maxGroups;
    }

    /** Writes the groups summed so far with COPY (no other COPY may be open on the connection) and forgets them. */
    void flush(Connection connection) throws SQLException {
        if (groups.isEmpty()) return;
        StringBuilder text = new StringBuilder(groups.size() * 256);
        for (Map.Entry<Key, Sums> e : groups.entrySet()) {
            Key k = e.getKey();
            Sums s = e.getValue();
            text.append(importId);
            field(text, k.billingAccountId);
            field(text, k.billingPeriodStart.toString());
            field(text, LocalDate.ofEpochDay(k.chargeDay).toString());
            for (String value : k.values) {
                field(text, value);
            }
            field(text, s.billed.toPlainString());
            field(text, s.effective.toPlainString());
            field(text, s.list == null ? null : s.list.toPlainString());
            field(text, s.contracted == null ? null : s.contracted.toPlainString());
            field(text, s.consumed == null ? null : s.consumed.toPlainString());
            field(text, Long.toString(s.rows));
            text.append('\n');
        }
        groups.clear();
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new IllegalStateException("a StringReader does not fail", e);
        }
    }

    /** A nullable sum like SQL's: null until a value comes. */
    private static BigDecimal add(BigDecimal sum, String value) {
        if (value == null) return sum;
        BigDecimal number = FocusValues.plainDecimal(value);
        return sum == null ? number : sum.add(number);
    }

    private static void field(StringBuilder line, String value) {
        line.append('\t');
        CopyText.appendField(line, value);
    }
}
