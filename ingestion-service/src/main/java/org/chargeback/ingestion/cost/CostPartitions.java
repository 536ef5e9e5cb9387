package org.chargeback.ingestion.cost;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One cost_record partition per billing month. The importer asks for the month of a file's first row before it
 * starts copying; rows of any other month go to the default partition, which is always correct, only slower.
 */
@ApplicationScoped
class CostPartitions {

    private final DataSource dataSource;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    CostPartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates the month's partition if it is missing, in its own short transaction (DDL must not wait inside a long
     * import, nor make every summary queue behind it: a 2 s lock timeout, then the rows simply use the default
     * partition). Skipped when the default partition already holds rows of that month.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ensureMonth(Instant billingPeriodStart) {
        YearMonth month = YearMonth.from(billingPeriodStart.atOffset(ZoneOffset.UTC));
        if (known.contains(month)) {
            return;
        }
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        String name = "cost_record_" + month.toString().replace('-', '_');
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("select 1 from pg_class where relname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        known.add(month);
                        return;
                    }
                }
            }
            try (PreparedStatement inDefault = c.prepareStatement(
                    "select 1 from cost_record_default where billing_period_start >= ? and billing_period_start < ? limit 1")) {
                inDefault.setTimestamp(1, Timestamp.from(from));
                inDefault.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = inDefault.executeQuery()) {
                    if (rs.next()) return; // that month already lives in the default partition
                }
            }
            try (Statement ddl = c.createStatement()) {
                ddl.execute("set local lock_timeout = '2s'");
                ddl.execute("create table if not exists " + name + " partition of cost_record for values from ('"
                        + from + "') to ('" + to + "')");
            }
            known.add(month);
            Log.infof("Created cost partition %s", name);
        } catch (SQLException e) {
            Log.warnf("Cost partition for %s not created (%s); its rows go to the default partition", month, e.getMessage());
        }
    }
}
