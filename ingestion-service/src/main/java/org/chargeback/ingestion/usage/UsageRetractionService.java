package org.chargeback.ingestion.usage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Corrections without deletion: a retracted event stays stored, marked, and is no longer summed. */
@ApplicationScoped
public class UsageRetractionService {

    public record Outcome(UsageRetractionView retraction, boolean created) {
    }

    private final DataSource dataSource;

    UsageRetractionService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Retracts a stored event: records the reason, marks the event and takes it out of the daily sums, in one
     * transaction. Retracting it again answers the first retraction (a retry must not fail); an unknown id is a 404.
     */
    @Transactional
    public Outcome retract(String eventId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalidField("reason", reason, "is required");
        }
        if (reason.length() > 1000) {
            throw ProblemException.invalidField("reason", reason.substring(0, 40) + "...", "must be at most 1000 characters");
        }
        try (Connection c = dataSource.getConnection()) {
            // Locking the event's row serialises two retractions of the same event.
            try (PreparedStatement event = c.prepareStatement(
                    "select 1 from usage_event where event_id = ? for update")) {
                event.setString(1, eventId);
                try (ResultSet rs = event.executeQuery()) {
                    if (!rs.next()) {
                        throw ProblemException.notFound("Usage event", eventId);
                    }
                }
            }
            UsageRetractionView earlier = find(c, eventId);
            if (earlier != null) {
                return new Outcome(earlier, false);
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into usage_retraction (event_id, reason) values (?, ?)")) {
                insert.setString(1, eventId);
                insert.setString(2, reason.trim());
                insert.executeUpdate();
            }
            try (PreparedStatement mark = c.prepareStatement("""
                    with marked as (
                        update usage_event set retracted_at = now()
                        where event_id = ? and retracted_at is null
                        returning occurred_at, business_unit, use_case, product, quantity,
                                  usage_tokens(attributes, 'tokensIn') as tokens_in,
                                  usage_tokens(attributes, 'tokensOut') as tokens_out
                    )
                    update usage_daily_rollup r
                    set quantity = r.quantity - m.quantity, event_count = r.event_count - 1,
                        tokens_in = r.tokens_in - coalesce(m.tokens_in, 0),
                        tokens_out = r.tokens_out - coalesce(m.tokens_out, 0),
                        token_event_count = r.token_event_count
                            - case when m.tokens_in is not null or m.tokens_out is not null then 1 else 0 end,
                        token_quantity = r.token_quantity
                            - case when m.tokens_in is not null or m.tokens_out is not null then m.quantity else 0 end
                    from marked m
                    where r.day = (m.occurred_at at time zone 'UTC')::date and r.business_unit = m.business_unit
                      and r.use_case = m.use_case and r.product = m.product""")) {
                mark.setString(1, eventId);
                mark.executeUpdate();
            }
            Log.infof("Retracted usage event %s", eventId);
            return new Outcome(find(c, eventId), true);
        } catch (SQLException e) {
            throw new IllegalStateException("Retracting usage event " + eventId + " failed", e);
        }
    }

    private static UsageRetractionView find(Connection c, String eventId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select r.event_id, r.reason, r.retracted_at, e.business_unit, e.use_case, e.product, e.quantity, e.occurred_at
                from usage_retraction r
                join usage_event e using (event_id)
                where r.event_id = ?""")) {
            select.setString(1, eventId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new UsageRetractionView(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBigDecimal(7),
                        rs.getTimestamp(8).toInstant());
            }
        }
    }
}
