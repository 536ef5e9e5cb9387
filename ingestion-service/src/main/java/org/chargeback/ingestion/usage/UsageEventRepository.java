package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

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
     * Fresh events are the firehose and re-sent ones the exception, so the first attempt assumes every staged id is
     * new: a plain INSERT claims them (about half the work of ON CONFLICT's speculative insertion) and the events go
     * into their partition without a join back to the claimed ids. If any id is taken (a re-sent event, one a
     * concurrent request stored: the unique index waits for that transaction to end and fails only if it committed,
     * or one repeated within the request) the statement fails as a whole, is rolled back to a savepoint and the
     * general statement runs, which skips taken ids with ON CONFLICT DO NOTHING. Either way the primary key of
     * usage_event_key decides, so an event is counted by exactly one request.
     *
     * @param closedMonths the months ({@code yyyy-MM}) of this request's events whose statements were issued
     */
    Stored storeStaged(Connection c, Collection<String> closedMonths) throws SQLException {
        String late = closedMonths.isEmpty() ? "false" : "to_char(s.occurred_at at time zone 'UTC', 'YYYY-MM') in ("
                + closedMonths.stream().map(m -> "'" + YearMonth.parse(m) + "'").collect(Collectors.joining(", ")) + ")";
        // Savepoint by SQL: Agroal refuses Connection.rollback(Savepoint) on a connection enlisted in a JTA transaction.
        execute(c, "savepoint claim_ids");
        try {
            // "where (select count(*) from claimed) > 0" is a one-time filter: every id is claimed before the first
            // event is inserted and the first rollup row locked, the order the general statement locks in too. Left
            // unreferenced, the claim would run after the rollup, and two requests could deadlock (seen in tests).
            Stored stored = query(c, """
                    with claimed as (
                        insert into usage_event_key (event_id, content_hash, occurred_at)
                        select event_id, content_hash, occurred_at from usage_staging order by event_id
                        returning 1
                    ), inserted as (
                        insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                                 attributes, late)
                        select s.event_id, s.business_unit, s.use_case, s.product, s.quantity, s.occurred_at,
                               s.attributes, %s
                        from usage_staging s
                        where (select count(*) from claimed) > 0
                        returning occurred_at, business_unit, use_case, product, quantity, late, %s
                    )%s""".formatted(late, TOKENS, ROLL_UP));
            execute(c, "release savepoint claim_ids");
            return stored;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            execute(c, "rollback to savepoint claim_ids");
            return query(c, """
                    with firsts as (
                        select distinct on (event_id) * from usage_staging order by event_id, position
                    ), claimed as (
                        insert into usage_event_key (event_id, content_hash, occurred_at)
                        select event_id, content_hash, occurred_at from firsts order by event_id
                        on conflict (event_id) do nothing
                        returning event_id
                    ), inserted as (
                        insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                                 attributes, late)
                        select s.event_id, s.business_unit, s.use_case, s.product, s.quantity, s.occurred_at,
                               s.attributes, %s
                        from firsts s
                        join claimed using (event_id)
                        returning occurred_at, business_unit, use_case, product, quantity, late, %s
                    )%s""".formatted(late, TOKENS, ROLL_UP));
        }
    }

    /**
     * The token counts of an inserted event, null when its attributes carry none (usage_tokens: a JSON number >= 0,
     * anything else is ignored, see the migration that added it).
     */
    static final String TOKENS = "usage_tokens(attributes, 'tokensIn') as tokens_in, usage_tokens(attributes, 'tokensOut') as tokens_out";

    /** Adds the inserted events to the daily rollup, in key order (rollup rows are locked in the same order by all). */
    private static final String ROLL_UP = """
            , rolled as (
                insert into usage_daily_rollup as r (day, business_unit, use_case, product, quantity, event_count,
                                                     tokens_in, tokens_out, token_event_count, token_quantity)
                select (occurred_at at time zone 'UTC')::date, business_unit, use_case, product, sum(quantity), count(*),
                       coalesce(sum(tokens_in), 0), coalesce(sum(tokens_out), 0),
                       count(*) filter (where tokens_in is not null or tokens_out is not null),
                       coalesce(sum(quantity) filter (where tokens_in is not null or tokens_out is not null), 0)
                from inserted group by 1, 2, 3, 4 order by 1, 2, 3, 4
                on conflict (day, business_unit, use_case, product) do update
                    set quantity = r.quantity + excluded.quantity, event_count = r.event_count + excluded.event_count,
                        tokens_in = r.tokens_in + excluded.tokens_in, tokens_out = r.tokens_out + excluded.tokens_out,
                        token_event_count = r.token_event_count + excluded.token_event_count,
                        token_quantity = r.token_quantity + excluded.token_quantity
                returning 1
            )
            select count(*), count(*) filter (where late), (select count(*) from rolled) from inserted""";

    private static Stored query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return new Stored(rs.getLong(1), rs.getLong(2));
        }
    }

    /** Those of the months ({@code yyyy-MM}) whose statements were issued. */
    List<String> closedMonths(Connection c, Collection<YearMonth> months) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select month from usage_closed_month where month = any(?)")) {
            s.setArray(1, c.createArrayOf("text", months.stream().map(YearMonth::toString).toArray()));
            List<String> closed = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    closed.add(rs.getString(1));
                }
            }
            return closed;
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
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
