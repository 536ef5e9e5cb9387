package org.chargeback.ingestion.usage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Creates the monthly partitions of usage_event on demand, the first time an event of a month arrives. */
@ApplicationScoped
class UsagePartitions {

    private final DataSource dataSource;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    UsagePartitions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Makes sure every month has its partition. Runs in its own short transaction: creating a partition locks the
     * parent table exclusively, which must not last as long as the (possibly million-event) request storing into it.
     * An advisory lock keeps two requests from creating the same partition at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void ensure(Collection<YearMonth> months) {
        if (known.containsAll(months)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(hashtext('usage_event partitions'))");
            }
            for (YearMonth month : months) {
                if (known.contains(month)) {
                    continue;
                }
                String name = "usage_event_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
                try (PreparedStatement exists = c.prepareStatement("select to_regclass(?) is not null")) {
                    exists.setString(1, name);
                    var rs = exists.executeQuery();
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        try (Statement create = c.createStatement()) {
                            // December 9999 (the last month an event may name) ends at MAXVALUE: its "next month"
                            // would print as +10000-01-01, which PostgreSQL does not read.
                            String to = month.getYear() >= 9999 && month.getMonthValue() == 12 ? "maxvalue"
                                    : "'" + month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC) + "'";
                            create.execute("create table " + name + " partition of usage_event for values from ('"
                                    + month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC) + "') to (" + to + ")");
                        }
                        Log.infof("Created usage partition %s", name);
                    }
                }
                known.add(month);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating usage partitions for " + months + " failed", e);
        }
    }
}
