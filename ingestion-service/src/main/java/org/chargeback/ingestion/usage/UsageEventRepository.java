package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Usage events in PostgreSQL. A request's events are copied into a temporary staging table, then stored with
 * set-based statements: new ids claimed in usage_event_key (ON CONFLICT DO NOTHING), the events inserted into their
 * month's partition, the daily rollup added to, all in the request's transaction.
 */
@ApplicationScoped
class UsageEventRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /** A valid usage event ready to store: values as text, its position in the request and its content hash. */
    record StoredEvent(long position, String eventId, String businessUnit, String useCase, String product,
                       String quantity, String occurredAt, String attributes, String contentHash) {

        void appendCopyLine(StringBuilder line) {
            line.append(position).append('\t');
            appendCopyField(line, eventId);
            line.append('\t');
            appendCopyField(line, businessUnit);
            line.append('\t');
            appendCopyField(line, useCase);
            line.append('\t');
            appendCopyField(line, product);
            line.append('\t').append(quantity).append('\t').append(occurredAt).append('\t');
            appendCopyField(line, attributes);
            line.append('\t').append(contentHash).append('\n');
        }
    }

    record Stored(long accepted, long late) {
    }

    record Conflict(long position, String eventId) {
    }

    /** A temporary table for this transaction's events, dropped at commit or rollback. */
    void createStaging(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table usage_staging (
                        position bigint, event_id text, business_unit text, use_case text, product text,
                        quantity numeric, occurred_at timestamptz, attributes jsonb, content_hash text
                    ) on commit drop""");
        }
    }

    PGCopyOutputStream copyIntoStaging(Connection c) throws SQLException {
        return new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY usage_staging FROM STDIN", 1 << 16);
    }

    /**
     * Stores the staged events whose id is new. Ids are claimed in event id order, so two requests with overlapping
     * events take the key locks in the same order and cannot deadlock. A staged id seen twice in one request is
     * stored once (its first occurrence).
     * <p>
     * Fresh events are the firehose and re-sent ones the exception, so the ids are first claimed with a plain
     * INSERT, about half the work of ON CONFLICT's speculative insertion. If any id is already taken (a re-sent
     * event, or one a concurrent request stored: the unique index waits for that transaction to end and fails only if
     * it committed) the statement fails as a whole, is rolled back to a savepoint and runs again with ON CONFLICT DO
     * NOTHING, which skips the taken ids. Either way the primary key of usage_event_key decides, so an event is
     * counted by exactly one request.
     */
    Stored storeStaged(Connection c) throws SQLException {
        // Savepoint by SQL: Agroal refuses Connection.rollback(Savepoint) on a connection enlisted in a JTA transaction.
        execute(c, "savepoint claim_ids");
        try {
            Stored stored = store(c, "");
            execute(c, "release savepoint claim_ids");
            return stored;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            execute(c, "rollback to savepoint claim_ids");
            return store(c, "on conflict (event_id) do nothing");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Stored store(Connection c, String onConflict) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                with firsts as (
                    select distinct on (event_id) * from usage_staging order by event_id, position
                ), claimed as (
                    insert into usage_event_key (event_id, content_hash, occurred_at)
                    select event_id, content_hash, occurred_at from firsts order by event_id
                    %s
                    returning event_id
                ), inserted as (
                    insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                             attributes, content_hash, late)
                    select f.event_id, f.business_unit, f.use_case, f.product, f.quantity, f.occurred_at,
                           f.attributes, f.content_hash, m.month is not null
                    from firsts f
                    join claimed using (event_id)
                    left join usage_closed_month m on m.month = to_char(f.occurred_at at time zone 'UTC', 'YYYY-MM')
                    returning occurred_at, business_unit, use_case, product, quantity, late
                ), rolled as (
                    insert into usage_daily_rollup as r (day, business_unit, use_case, product, quantity, event_count)
                    select (occurred_at at time zone 'UTC')::date, business_unit, use_case, product, sum(quantity), count(*)
                    from inserted group by 1, 2, 3, 4 order by 1, 2, 3, 4
                    on conflict (day, business_unit, use_case, product) do update
                        set quantity = r.quantity + excluded.quantity, event_count = r.event_count + excluded.event_count
                    returning 1
                )
                select count(*), count(*) filter (where late), (select count(*) from rolled) from inserted""".formatted(onConflict))) {
            rs.next();
            return new Stored(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Staged events whose id is stored with other content (before, or earlier in this same request). */
    List<Conflict> conflicts(Connection c, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select s.position, s.event_id from usage_staging s join usage_event_key k using (event_id)
                where k.content_hash <> s.content_hash order by s.position limit ?""")) {
            s.setInt(1, limit);
            List<Conflict> conflicts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(new Conflict(rs.getLong(1), rs.getString(2)));
                }
            }
            return conflicts;
        }
    }

    long countConflicts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select count(*) from usage_staging s join usage_event_key k using (event_id)
                where k.content_hash <> s.content_hash""")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void appendCopyField(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        if (!needsEscape(value)) {
            line.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(ch);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }
}
