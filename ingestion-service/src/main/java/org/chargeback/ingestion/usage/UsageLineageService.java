package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.ingestion.shared.BillingPeriod;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

/**
 * Lineage: the stored events behind a summary or a statement line, page by page. Keyset pagination in the order of
 * the (occurred_at, event_id) index of usage_event, so any page costs the same whatever its depth and a
 * listing resumed with a cursor neither repeats nor skips an event (events are never deleted; one stored later is
 * listed if it sorts after the cursor).
 */
@ApplicationScoped
public class UsageLineageService {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final DataSource dataSource;

    UsageLineageService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The events whose occurredAt falls in {@code month} (UTC), optionally of one business unit, use case and/or
     * product (a blank filter is no filter), after the cursor {@code after}, at most {@code limit}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    /** {@code visibleBusinessUnits}: empty for a caller who sees every business unit, else the only ones listed. */
    public UsageEventPage listEvents(String month, String businessUnit, String useCase, String product, String after,
                                     String limit, Optional<Set<String>> visibleBusinessUnits) {
        BillingPeriod period = BillingPeriod.parse("month", month);
        int max = parseLimit(limit);
        UsageEventCursor cursor = after == null || after.isBlank() ? null : UsageEventCursor.decode("after", after);
        if (cursor != null && (cursor.occurredAt().isBefore(period.start()) || !cursor.occurredAt().isBefore(period.end()))) {
            throw ProblemException.invalidField("after", after, "is a cursor of another month than " + period);
        }
        Map<String, String> filters = new LinkedHashMap<>();
        putIfPresent(filters, "business_unit", businessUnit);
        putIfPresent(filters, "use_case", useCase);
        putIfPresent(filters, "product", product);

        StringBuilder sql = new StringBuilder("""
                select e.event_id, e.business_unit, e.use_case, e.product, e.quantity, e.occurred_at, e.attributes,
                       e.received_at, e.late, e.retracted_at, r.reason
                from usage_event e
                left join usage_retraction r on e.retracted_at is not null and r.event_id = e.event_id
                where e.occurred_at >= ? and e.occurred_at < ?""");
        if (cursor != null) {
            sql.append(" and (e.occurred_at, e.event_id) > (?, ?)");
        }
        filters.keySet().forEach(column -> sql.append(" and e.").append(column).append(" = ?"));
        if (visibleBusinessUnits.isPresent()) {
            sql.append(" and e.business_unit = any(?)");
        }
        sql.append(" order by e.occurred_at, e.event_id limit ?");

        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql.toString())) {
            int p = 1;
            select.setObject(p++, period.start().atOffset(ZoneOffset.UTC));
            select.setObject(p++, period.end().atOffset(ZoneOffset.UTC));
            if (cursor != null) {
                select.setObject(p++, cursor.occurredAt().atOffset(ZoneOffset.UTC));
                select.setString(p++, cursor.eventId());
            }
            for (String value : filters.values()) {
                select.setString(p++, value);
            }
            if (visibleBusinessUnits.isPresent()) {
                select.setArray(p++, c.createArrayOf("text", visibleBusinessUnits.get().toArray()));
            }
            // one more than asked: whether a next page exists, without counting the rest
            select.setInt(p, max + 1);
            List<UsageEventPage.Event> events = new ArrayList<>();
            boolean more = false;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    if (events.size() == max) {
                        more = true;
                        break;
                    }
                    Instant retractedAt = instant(rs, 10);
                    events.add(new UsageEventPage.Event(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getBigDecimal(5), instant(rs, 6), json(rs.getString(7)), instant(rs, 8),
                            rs.getBoolean(9), retractedAt != null, retractedAt, rs.getString(11)));
                }
            }
            UsageEventPage.Event last = events.isEmpty() ? null : events.get(events.size() - 1);
            String next = more ? new UsageEventCursor(last.occurredAt(), last.eventId()).encode() : null;
            return new UsageEventPage(period.toString(), events, next);
        } catch (SQLException e) {
            throw new IllegalStateException("Listing usage events of " + period + " failed", e);
        }
    }

    private static int parseLimit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        throw ProblemException.invalidField("limit", limit, "must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static void putIfPresent(Map<String, String> filters, String column, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(column, value);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned jsonb that is not JSON", e);
        }
    }
}
