package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Usage events in PostgreSQL. A request's events are copied into a temporary staging table, then stored with
 * set-based statements: new ids claimed in usage_event_key (ON CONFLICT DO NOTHING), the events inserted into their
 * month's partition, the daily rollup added to, all in the request's transaction.
 */
@ApplicationScoped
class UsageEventRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * A valid usage event ready to store: values as text, its position in the request, its content hash and the token
     * counts its attributes carry (as usage_tokens reads them, null when none).
     */
    record StoredEvent(long position, String eventId, String businessUnit, String useCase, String product,
                       String quantity, String occurredAt, String attributes, String contentHash,
                       BigDecimal tokensIn, BigDecimal tokensOut) {

        /** Roughly the memory the event takes while it is held (its text, in chars). */
        int size() {
            return 160 + eventId.length() + businessUnit.length() + useCase.length() + product.length()
                    + (attributes == null ? 0 : attributes.length());
        }

        /** The month of occurredAt (stored as Instant prints it, so its first 7 characters). */
        String month() {
            return occurredAt.substring(0, 7);
        }

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
                        select event_id, content_hash, occurred_at from usage_staging order by event_id collate "C"
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
                        select distinct on (event_id collate "C") * from usage_staging order by event_id collate "C", position
                    ), claimed as (
                        insert into usage_event_key (event_id, content_hash, occurred_at)
                        select event_id, content_hash, occurred_at from firsts order by event_id collate "C"
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

    /** What storing a held request found: events stored, of them late, and ids stored with other content. */
    record Direct(long accepted, long late, List<Conflict> conflicts) {
    }

    /** A held event with its id as UTF-8, which orders the key claims and goes into both COPYs as it is. */
    private record Held(StoredEvent event, byte[] id) {
    }

    /**
     * Event id order of the key claims: the byte order of UTF-8 (so code point order), PostgreSQL's {@code COLLATE
     * "C"}. Every path claims ids in this order (the SQL ones sort by {@code event_id collate "C"}), so overlapping
     * requests take the key locks in the same order and cannot deadlock. Equal ids keep the order they came in.
     */
    private static final Comparator<Held> BY_ID_THEN_POSITION = (a, b) -> {
        int byId = Arrays.compareUnsigned(a.id(), b.id());
        return byId != 0 ? byId : Long.compare(a.event().position(), b.event().position());
    };

    /**
     * Stores the events of a request small enough to hold in memory (see UsageEventService), without a staging
     * table: the ids are claimed by a COPY into usage_event_key in key order, the claimed events are copied straight
     * into usage_event and the rollup is added to from sums made here, a few rows. An id repeated in the request is
     * stored once (its first occurrence), a repeat with other content is a conflict.
     * <p>
     * As in {@link #storeStaged}, the claim is optimistic: a plain COPY fails as a whole if any id is taken (stored
     * before, or by a concurrent request, whose transaction the unique index waits for), is rolled back to a
     * savepoint and the ids are claimed with ON CONFLICT DO NOTHING instead; the ids not claimed are duplicates or,
     * stored with another content hash, conflicts (nothing else is written then: the request is refused). Either way
     * the primary key of usage_event_key decides which request stores an event.
     */
    Direct storeDirect(Connection c, List<StoredEvent> events, Collection<String> closedMonths) throws SQLException {
        List<Held> held = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            held.add(new Held(event, event.eventId().getBytes(StandardCharsets.UTF_8)));
        }
        List<Held> sorted = new ArrayList<>(held);
        sorted.sort(BY_ID_THEN_POSITION);
        List<Held> firsts = new ArrayList<>(sorted.size());
        for (Held event : sorted) {
            if (firsts.isEmpty() || !Arrays.equals(firsts.get(firsts.size() - 1).id(), event.id())) {
                firsts.add(event);
            }
        }
        Map<String, String> taken = claim(c, firsts);
        // Every occurrence whose content differs from the stored one (claimed now: the first occurrence) conflicts.
        List<Conflict> conflicts = new ArrayList<>();
        String id = null;
        String hash = null;
        for (Held entry : sorted) {
            StoredEvent event = entry.event();
            if (!event.eventId().equals(id)) {
                id = event.eventId();
                hash = taken.getOrDefault(id, event.contentHash());
            }
            if (!event.contentHash().equals(hash)) {
                conflicts.add(new Conflict(event.position(), event.eventId()));
            }
        }
        if (!conflicts.isEmpty()) {
            conflicts.sort(Comparator.comparingLong(Conflict::position));
            return new Direct(0, 0, conflicts);
        }
        List<Held> stored = held;
        if (firsts.size() < held.size() || !taken.isEmpty()) {
            Set<Held> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Held first : firsts) {
                if (!taken.containsKey(first.event().eventId())) {
                    claimed.add(first);
                }
            }
            stored = held.stream().filter(claimed::contains).toList(); // in the order they came
        }
        if (stored.isEmpty()) {
            return new Direct(0, 0, List.of());
        }
        Set<String> closed = Set.copyOf(closedMonths);
        long late = 0;
        try (BinaryCopy copy = new BinaryCopy(c, "COPY usage_event (event_id, business_unit, use_case, product, quantity,"
                + " occurred_at, attributes, late) FROM STDIN")) {
            for (Held entry : stored) {
                StoredEvent event = entry.event();
                boolean isLate = !closed.isEmpty() && closed.contains(event.month());
                late += isLate ? 1 : 0;
                copy.row(8);
                copy.bytes(entry.id());
                copy.text(event.businessUnit());
                copy.text(event.useCase());
                copy.text(event.product());
                copy.numeric(event.quantity());
                copy.timestamptz(event.occurredAt());
                copy.jsonb(event.attributes());
                copy.bool(isLate);
            }
            copy.finish();
        }
        addToRollup(c, stored);
        return new Direct(stored.size(), late, List.of());
    }

    /**
     * Claims the ids (first occurrences, in key order) in usage_event_key; answers the ids that were taken already,
     * with the content hash stored for them (empty when every id was claimed, the usual case).
     */
    private Map<String, String> claim(Connection c, List<Held> firsts) throws SQLException {
        execute(c, "savepoint claim_ids");
        try {
            try (BinaryCopy copy = new BinaryCopy(c, "COPY usage_event_key (event_id, content_hash, occurred_at) FROM STDIN")) {
                for (Held event : firsts) {
                    copy.row(3);
                    copy.bytes(event.id());
                    copy.text(event.event().contentHash());
                    copy.timestamptz(event.event().occurredAt());
                }
                copy.finish();
            }
            execute(c, "release savepoint claim_ids");
            return Map.of();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            execute(c, "rollback to savepoint claim_ids");
        }
        String[] ids = new String[firsts.size()];
        String[] hashes = new String[ids.length];
        String[] times = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = firsts.get(i).event().eventId();
            hashes[i] = firsts.get(i).event().contentHash();
            times[i] = firsts.get(i).event().occurredAt();
        }
        Set<String> claimed = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                insert into usage_event_key (event_id, content_hash, occurred_at)
                select * from unnest(?::text[], ?::text[], ?::timestamptz[]) as k (event_id, content_hash, occurred_at)
                order by event_id collate "C"
                on conflict (event_id) do nothing
                returning event_id""")) {
            s.setArray(1, c.createArrayOf("text", ids));
            s.setArray(2, c.createArrayOf("text", hashes));
            s.setArray(3, c.createArrayOf("text", times));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    claimed.add(rs.getString(1));
                }
            }
        }
        List<String> unclaimed = new ArrayList<>();
        for (String eventId : ids) {
            if (!claimed.contains(eventId)) {
                unclaimed.add(eventId);
            }
        }
        Map<String, String> taken = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "select event_id, content_hash from usage_event_key where event_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", unclaimed.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taken.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return taken;
    }

    /** One day, business unit, use case and product of usage_daily_rollup. */
    private record Group(String day, String businessUnit, String useCase, String product) {
    }

    /** The sums of a group, as ROLL_UP makes them in SQL from the inserted rows. */
    private static final class Sums {
        BigDecimal quantity = BigDecimal.ZERO;
        long events;
        BigDecimal tokensIn = BigDecimal.ZERO;
        BigDecimal tokensOut = BigDecimal.ZERO;
        long tokenEvents;
        BigDecimal tokenQuantity = BigDecimal.ZERO;
    }

    /** Adds stored events to the daily rollup: summed here per group, upserted in key order as ROLL_UP does. */
    private static void addToRollup(Connection c, List<Held> stored) throws SQLException {
        Map<Group, Sums> groups = new HashMap<>();
        Map<String, BigDecimal> quantities = new HashMap<>(); // the reader shares repeated quantity texts
        for (Held held : stored) {
            StoredEvent event = held.event();
            Sums sums = groups.computeIfAbsent(new Group(event.occurredAt().substring(0, 10), event.businessUnit(),
                    event.useCase(), event.product()), g -> new Sums());
            BigDecimal quantity = quantities.computeIfAbsent(event.quantity(), BigDecimal::new);
            sums.quantity = sums.quantity.add(quantity);
            sums.events++;
            if (event.tokensIn() != null || event.tokensOut() != null) {
                sums.tokenEvents++;
                sums.tokenQuantity = sums.tokenQuantity.add(quantity);
                if (event.tokensIn() != null) {
                    sums.tokensIn = sums.tokensIn.add(event.tokensIn());
                }
                if (event.tokensOut() != null) {
                    sums.tokensOut = sums.tokensOut.add(event.tokensOut());
                }
            }
        }
        String[][] columns = new String[10][groups.size()];
        int i = 0;
        for (Map.Entry<Group, Sums> entry : groups.entrySet()) {
            Group g = entry.getKey();
            Sums sums = entry.getValue();
            String[] row = {g.day(), g.businessUnit(), g.useCase(), g.product(), sums.quantity.toPlainString(),
                    Long.toString(sums.events), sums.tokensIn.toPlainString(), sums.tokensOut.toPlainString(),
                    Long.toString(sums.tokenEvents), sums.tokenQuantity.toPlainString()};
            for (int column = 0; column < row.length; column++) {
                columns[column][i] = row[column];
            }
            i++;
        }
        try (PreparedStatement s = c.prepareStatement("""
                insert into usage_daily_rollup as r (day, business_unit, use_case, product, quantity, event_count,
                                                     tokens_in, tokens_out, token_event_count, token_quantity)
                select * from unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[],
                                     ?::numeric[], ?::numeric[], ?::bigint[], ?::numeric[])
                order by 1, 2, 3, 4""" + ON_CONFLICT_ADD)) {
            for (int column = 0; column < columns.length; column++) {
                s.setArray(column + 1, c.createArrayOf("text", columns[column]));
            }
            s.executeUpdate();
        }
    }

    /**
     * The token counts of an inserted event, null when its attributes carry none (usage_tokens: a JSON number >= 0,
     * anything else is ignored, see the migration that added it).
     */
    static final String TOKENS = "usage_tokens(attributes, 'tokensIn') as tokens_in, usage_tokens(attributes, 'tokensOut') as tokens_out";

    /** Adds a group's sums to its rollup row, or creates the row. */
    private static final String ON_CONFLICT_ADD = """

            on conflict (day, business_unit, use_case, product) do update
                set quantity = r.quantity + excluded.quantity, event_count = r.event_count + excluded.event_count,
                    tokens_in = r.tokens_in + excluded.tokens_in, tokens_out = r.tokens_out + excluded.tokens_out,
                    token_event_count = r.token_event_count + excluded.token_event_count,
                    token_quantity = r.token_quantity + excluded.token_quantity""";

    /** Adds the inserted events to the daily rollup, in key order (rollup rows are locked in the same order by all). */
    private static final String ROLL_UP = """
            , rolled as (
                insert into usage_daily_rollup as r (day, business_unit, use_case, product, quantity, event_count,
                                                     tokens_in, tokens_out, token_event_count, token_quantity)
                select (occurred_at at time zone 'UTC')::date, business_unit, use_case, product, sum(quantity), count(*),
                       coalesce(sum(tokens_in), 0), coalesce(sum(tokens_out), 0),
                       count(*) filter (where tokens_in is not null or tokens_out is not null),
                       coalesce(sum(quantity) filter (where tokens_in is not null or tokens_out is not null), 0)
                from inserted group by 1, 2, 3, 4 order by 1, 2, 3, 4""" + ON_CONFLICT_ADD + """

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
