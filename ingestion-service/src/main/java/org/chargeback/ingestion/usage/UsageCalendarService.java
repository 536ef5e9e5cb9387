package org.chargeback.ingestion.usage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Which months are closed (their statements issued, as chargeback-service tells us) and the late events: those that
 * arrived for a month after it was closed, which chargeback carries as adjustments in a later statement.
 */
@ApplicationScoped
public class UsageCalendarService {

    public record Outcome(ClosedMonthView closedMonth, boolean created) {
    }

    private final DataSource dataSource;

    UsageCalendarService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Closes a month; closing it again answers the first closing (chargeback calls this on every issue). */
    @Transactional
    public Outcome closeMonth(String month) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        try (Connection c = dataSource.getConnection()) {
            boolean created;
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into usage_closed_month (month) values (?) on conflict (month) do nothing")) {
                insert.setString(1, period.toString());
                created = insert.executeUpdate() == 1;
            }
            try (PreparedStatement select = c.prepareStatement("select month, closed_at from usage_closed_month where month = ?")) {
                select.setString(1, period.toString());
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    if (created) {
                        Log.infof("Usage month %s closed: later events of it are marked late", period);
                    }
                    return new Outcome(new ClosedMonthView(rs.getString(1), rs.getTimestamp(2).toInstant()), created);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Closing usage month " + month + " failed", e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClosedMonthView> listClosedMonths() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select month, closed_at from usage_closed_month order by month")) {
            List<ClosedMonthView> months = new ArrayList<>();
            while (rs.next()) {
                months.add(new ClosedMonthView(rs.getString(1), rs.getTimestamp(2).toInstant()));
            }
            return months;
        } catch (SQLException e) {
            throw new IllegalStateException("Listing closed usage months failed", e);
        }
    }

    /** The late events of a month that are not retracted, oldest arrival first (at most {@code limit}), with totals. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LateUsageView listLate(String month, Integer limit) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        int max = limit == null ? 1000 : limit;
        if (max < 1 || max > 10000) {
            throw ProblemException.invalidField("limit", String.valueOf(limit), "must be between 1 and 10000");
        }
        String where = " from usage_event where late and retracted_at is null and occurred_at >= ? and occurred_at < ?";
        try (Connection c = dataSource.getConnection()) {
            List<LateUsageView.LateEvent> events = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("select event_id, business_unit, use_case, product,"
                    + " quantity, occurred_at, received_at" + where + " order by received_at, event_id limit ?")) {
                select.setTimestamp(1, Timestamp.from(period.start()));
                select.setTimestamp(2, Timestamp.from(period.end()));
                select.setInt(3, max);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        events.add(new LateUsageView.LateEvent(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getBigDecimal(5), rs.getTimestamp(6).toInstant(),
                                rs.getTimestamp(7).toInstant()));
                    }
                }
            }
            try (PreparedStatement totals = c.prepareStatement("select coalesce(sum(quantity), 0), count(*)" + where)) {
                totals.setTimestamp(1, Timestamp.from(period.start()));
                totals.setTimestamp(2, Timestamp.from(period.end()));
                try (ResultSet rs = totals.executeQuery()) {
                    rs.next();
                    BigDecimal quantity = rs.getBigDecimal(1);
                    long count = rs.getLong(2);
                    return new LateUsageView(period.toString(), events, new LateUsageView.Totals(quantity, count),
                            count > events.size());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Listing late usage of " + period + " failed", e);
        }
    }
}
