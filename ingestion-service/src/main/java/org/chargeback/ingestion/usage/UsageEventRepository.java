package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.ingestion.shared.BinaryCopy;
import org.chargeback.ingestion.shared.CopyText;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
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
 * Usage events in PostgreSQL, one row an event in usage_event, whose primary key is the producer's event id: whichever
 * request inserts an id first stores that event, every other one finds it taken. A small request's events are COPYed
 * straight in, a large one's go through a temporary staging table and set-based statements; the daily rollup is added
 * to in the same transaction.
 */
@ApplicationScoped
class UsageEventRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * A valid usage event ready to store: values as text (quantity in plain notation without trailing zeros, the
     * instant as {@link java.time.Instant#toString()} prints it, attributes as compact JSON), its position in the
     * request, the instant in PostgreSQL's microseconds since 2000-01-01 ({@link BinaryCopy#micros}) and the token
     * counts its attributes carry (as usage_tokens reads them, null when none).
     */
    record StoredEvent(long position, String eventId, String businessUnit, String useCase, String product,
                       String quantity, String occurredAt, long micros, String attributes,
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

        /**
         * Whether {@code other} (same id) is the same event: what the stored one is compared by in SQL (see
         * {@link #SAME_CONTENT}). Quantity and instant are in canonical form already; attributes compare as JSON.
         */
        boolean sameContent(StoredEvent other) {
            return businessUnit.equals(other.businessUnit) && useCase.equals(other.useCase)
                    && product.equals(other.product) && quantity.equals(other.quantity)
                    && occurredAt.equals(other.occurredAt) && UsageAttributes.same(attributes, other.attributes);
        }

        void appendCopyLine(StringBuilder line) {
            line.append(position).append('\t');
            CopyText.appendField(line, eventId);
            line.append('\t');
            CopyText.appendField(line, businessUnit);
            line.append('\t');
            CopyText.appendField(line, useCase);
            line.append('\t');
            CopyText.appendField(line, product);
            line.append('\t').append(quantity).append('\t').append(occurredAt).append('\t');
            CopyText.appendField(line, attributes);
            line.append('\n');
        }
    }

    record Stored(long accepted, long late) {
    }

    record Conflict(long position, String eventId) {
    }

    /**
     * When a sent event {@code s} is the stored event {@code e} of its id: same business unit, use case and product,
     * the same quantity as a number (1.0 is 1), the same instant whatever offset it was written with, and attributes
     * equal as jsonb (key order and number spelling aside). Anything else is a conflict.
     */
    static final String SAME_CONTENT = """
            (e.business_unit, e.use_case, e.product, e.quantity, e.occurred_at, e.attributes)
                is not distinct from (s.business_unit, s.use_case, s.product, s.quantity, s.occurred_at, s.attributes)""";

    /** A temporary table for this transaction's events, dropped at commit or rollback. */
    void createStaging(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table usage_staging (
                        position bigint, event_id text collate "C", business_unit text, use_case text, product text,
                        quantity numeric, occurred_at timestamptz, attributes jsonb
                    ) on commit drop""");
        }
    }

    PGCopyOutputStream copyIntoStaging(Connection c) throws SQLException {
        return new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY usage_staging FROM STDIN", 1 << 16);
    }

    /**
     * Stores the staged events whose id is new. Ids are inserted in event id order, so two requests with overlapping
     * events take the key locks in the same order and cannot deadlock. A staged id seen twice in one request is
     * stored once (its first occurrence).
     * <p>
     * Fresh events are the firehose and re-sent ones the exception, so the first attempt assumes every staged id is
     * new: a plain INSERT (about half the work of ON CONFLICT's speculative insertion). If any id is taken (a re-sent
     * event, one a concurrent request stored: the unique index waits for that transaction to end and fails only if it
     * committed, or one repeated within the request) the statement fails as a whole, is rolled back to a savepoint and
     * the general statement runs, which skips taken ids with ON CONFLICT DO NOTHING. Either way the primary key of
     * usage_event decides, so an event is counted by exactly one request.
     *
     * @param closedMonths the months ({@code yyyy-MM}) of this request's events whose statements were issued
     */
    Stored storeStaged(Connection c, Collection<String> closedMonths) throws SQLException {
        String late = closedMonths.isEmpty() ? "false" : "to_char(s.occurred_at at time zone 'UTC', 'YYYY-MM') in ("
                + closedMonths.stream().map(m -> "'" + YearMonth.parse(m) + "'").collect(Collectors.joining(", ")) + ")";
        Stored stored = unlessAnIdIsTaken(c, () -> query(c, """
                    with inserted as (
                        insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                                 attributes, late)
                        select s.event_id, s.business_unit, s.use_case, s.product, s.quantity, s.occurred_at,
                               s.attributes, %s
                        from usage_staging s
                        order by s.event_id
                        returning occurred_at, business_unit, use_case, product, quantity, late, %s
                    )%s""".formatted(late, TOKENS, ROLL_UP)));
        if (stored != null) {
            return stored;
        }
        return query(c, """
                    with firsts as (
                        select distinct on (event_id) * from usage_staging order by event_id, position
                    ), inserted as (
                        insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                                 attributes, late)
                        select s.event_id, s.business_unit, s.use_case, s.product, s.quantity, s.occurred_at,
                               s.attributes, %s
                        from firsts s
                        order by s.event_id
                        on conflict (event_id) do nothing
                        returning occurred_at, business_unit, use_case, product, quantity, late, %s
                    )%s""".formatted(late, TOKENS, ROLL_UP));
    }

    /** A statement tried under a savepoint. */
    @FunctionalInterface
    private interface Attempt<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code attempt} under a savepoint and answers its result, or null when it failed on the primary key (an id
     * is taken): then everything it did is rolled back and the caller takes the general path. Savepoint by SQL:
     * Agroal refuses Connection.rollback(Savepoint) on a connection enlisted in a JTA transaction.
     */
    private static <T> T unlessAnIdIsTaken(Connection c, Attempt<T> attempt) throws SQLException {
        execute(c, "savepoint store_events");
        try {
            T result = attempt.run();
            execute(c, "release savepoint store_events");
            return result;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            execute(c, "rollback to savepoint store_events");
            return null;
        }
    }

    /** What storing a held request found: events stored, of them late, and ids stored with other content. */
    record Direct(long accepted, long late, List<Conflict> conflicts) {
    }

    /** A held event with its id as UTF-8, which orders the inserts and goes into the COPY as it is. */
    private record Held(StoredEvent event, byte[] id) {
    }

    /**
     * Event id order of the inserts: the byte order of UTF-8 (so code point order), PostgreSQL's {@code COLLATE "C"}
     * of usage_event.event_id. Every path inserts ids in this order, so overlapping requests take the key locks in the
     * same order and cannot deadlock. Equal ids keep the order they came in.
     */
    private static final Comparator<Held> BY_ID_THEN_POSITION = (a, b) -> {
        int byId = Arrays.compareUnsigned(a.id(), b.id());
        return byId != 0 ? byId : Long.compare(a.event().position(), b.event().position());
    };

    /**
     * Stores the events of a request small enough to hold in memory (see UsageEventService), without a staging
     * table: the events go into usage_event by a binary COPY in id order, and the rollup is added to from sums made
     * here, a few rows. An id repeated in the request is stored once (its first occurrence); a repeat with other
     * content is a conflict.
     * <p>
     * As in {@link #storeStaged}, the COPY is optimistic: it fails as a whole if any id is taken (stored before, or by
     * a concurrent request, whose transaction the unique index waits for), is rolled back to a savepoint and the
     * events are inserted with ON CONFLICT DO NOTHING instead; the ids not inserted are duplicates or, stored with
     * other content, conflicts (the caller then refuses the request and the transaction rolls back). Either way the
     * primary key of usage_event decides which request stores an event.
     */
    Direct storeDirect(Connection c, List<StoredEvent> events, Collection<String> closedMonths) throws SQLException {
        List<Held> sorted = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            sorted.add(new Held(event, event.eventId().getBytes(StandardCharsets.UTF_8)));
        }
        sorted.sort(BY_ID_THEN_POSITION);
        List<Held> firsts = new ArrayList<>(sorted.size());
        List<Conflict> conflicts = new ArrayList<>();
        List<Held> repeats = new ArrayList<>(); // later occurrences of an id: compared with its stored event
        for (Held event : sorted) {
            Held first = firsts.isEmpty() ? null : firsts.get(firsts.size() - 1);
            if (first == null || !Arrays.equals(first.id(), event.id())) {
                firsts.add(event);
            } else if (first.event().sameContent(event.event())) {
                repeats.add(event);
            } else {
                conflicts.add(new Conflict(event.event().position(), event.event().eventId()));
            }
        }
        if (!conflicts.isEmpty()) {
            conflicts.sort(Comparator.comparingLong(Conflict::position));
            return new Direct(0, 0, conflicts);
        }
        Set<String> closed = Set.copyOf(closedMonths);
        List<Held> stored = insert(c, firsts, closed);
        if (stored.size() < firsts.size()) {
            // Some ids were stored before: every occurrence of those (first or repeat) must be that same event.
            Set<Held> inserted = Collections.newSetFromMap(new IdentityHashMap<>());
            inserted.addAll(stored);
            List<Held> taken = new ArrayList<>();
            for (Held first : firsts) {
                if (!inserted.contains(first)) {
                    taken.add(first);
                }
            }
            taken.addAll(repeats);
            conflicts = conflictsWithStored(c, taken);
            if (!conflicts.isEmpty()) {
                return new Direct(0, 0, conflicts);
            }
        }
        if (stored.isEmpty()) {
            return new Direct(0, 0, List.of());
        }
        long late = 0;
        for (Held entry : stored) {
            late += isLate(entry.event(), closed) ? 1 : 0;
        }
        addToRollup(c, stored);
        return new Direct(stored.size(), late, List.of());
    }

    private static boolean isLate(StoredEvent event, Set<String> closedMonths) {
        return !closedMonths.isEmpty() && closedMonths.contains(event.month());
    }

    /**
     * Inserts the events (one per id, in id order) whose id is not taken; answers those inserted. A binary COPY of
     * all of them first, the usual case; if an id is taken, the same rows by INSERT ... ON CONFLICT DO NOTHING.
     */
    private List<Held> insert(Connection c, List<Held> firsts, Set<String> closed) throws SQLException {
        List<Held> copied = unlessAnIdIsTaken(c, () -> {
            try (BinaryCopy copy = new BinaryCopy(c, "COPY usage_event (event_id, business_unit, use_case, product,"
                    + " quantity, occurred_at, attributes, late) FROM STDIN")) {
                for (Held entry : firsts) {
                    StoredEvent event = entry.event();
                    copy.row(8);
                    copy.bytes(entry.id());
                    copy.text(event.businessUnit());
                    copy.text(event.useCase());
                    copy.text(event.product());
                    copy.numeric(event.quantity());
                    copy.timestamptz(event.micros());
                    copy.jsonb(event.attributes());
                    copy.bool(isLate(event, closed));
                }
                copy.finish();
            }
            return firsts;
        });
        if (copied != null) {
            return copied;
        }
        String[][] columns = columns(firsts, 8);
        for (int i = 0; i < firsts.size(); i++) {
            columns[7][i] = Boolean.toString(isLate(firsts.get(i).event(), closed));
        }
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("""
                insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at, attributes, late)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::timestamptz[],
                                     ?::jsonb[], ?::boolean[]) as n (event_id)
                order by event_id collate "C"
                on conflict (event_id) do nothing
                returning event_id""")) {
            for (int column = 0; column < columns.length; column++) {
                s.setArray(column + 1, c.createArrayOf("text", columns[column]));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
        }
        return firsts.stream().filter(held -> inserted.contains(held.event().eventId())).toList();
    }

    /** The events (of ids already stored) whose content differs from the stored event of their id, by position. */
    private static List<Conflict> conflictsWithStored(Connection c, List<Held> events) throws SQLException {
        String[][] columns = columns(events, 8);
        for (int i = 0; i < events.size(); i++) {
            columns[7][i] = Long.toString(events.get(i).event().position());
        }
        try (PreparedStatement s = c.prepareStatement("""
                select s.position, s.event_id
                from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::timestamptz[], ?::jsonb[],
                            ?::bigint[]) as s (event_id, business_unit, use_case, product, quantity, occurred_at,
                                               attributes, position)
                join usage_event e on e.event_id = s.event_id collate "C"
                where not %s
                order by s.position""".formatted(SAME_CONTENT))) {
            for (int column = 0; column < columns.length; column++) {
                s.setArray(column + 1, c.createArrayOf("text", columns[column]));
            }
            List<Conflict> conflicts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    conflicts.add(new Conflict(rs.getLong(1), rs.getString(2)));
                }
            }
            return conflicts;
        }
    }

    /** The events' id, business unit, use case, product, quantity, instant and attributes as text arrays, plus room. */
    private static String[][] columns(List<Held> events, int count) {
        String[][] columns = new String[count][events.size()];
        for (int i = 0; i < events.size(); i++) {
            StoredEvent event = events.get(i).event();
            columns[0][i] = event.eventId();
            columns[1][i] = event.businessUnit();
            columns[2][i] = event.useCase();
            columns[3][i] = event.product();
            columns[4][i] = event.quantity();
            columns[5][i] = event.occurredAt();
            columns[6][i] = event.attributes();
        }
        return columns;
    }

    /**
     * One day (days since 2000-01-01), business unit, use case and product of usage_daily_rollup. Its own hash spreads
     * a month's groups more evenly than the record's 31-based one (for the benchmark's 930 groups in 2,048 buckets:
     * at most 3 per bucket against 6).
     */
    private record Group(int day, String businessUnit, String useCase, String product) {
        @Override
        public int hashCode() {
            int h = day * 0x9E3779B1 + businessUnit.hashCode();
            h = h * 0x9E3779B1 + useCase.hashCode();
            h = h * 0x9E3779B1 + product.hashCode();
            return h ^ (h >>> 16);
        }
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

    private static final long MICROS_PER_DAY = 86_400_000_000L;
    private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

    /** Adds stored events to the daily rollup: summed here per group, upserted in key order as ROLL_UP does. */
    private static void addToRollup(Connection c, List<Held> stored) throws SQLException {
        Map<Group, Sums> groups = new HashMap<>();
        Map<String, BigDecimal> quantities = new HashMap<>(); // the reader shares repeated quantity texts
        for (Held held : stored) {
            StoredEvent event = held.event();
            Sums sums = groups.computeIfAbsent(new Group((int) Math.floorDiv(event.micros(), MICROS_PER_DAY),
                    event.businessUnit(), event.useCase(), event.product()), g -> new Sums());
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
            String[] row = {POSTGRES_EPOCH.plusDays(g.day()).toString(), g.businessUnit(), g.useCase(), g.product(), sums.quantity.toPlainString(),
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

    /** Staged events whose id is stored with other content (before, or as an earlier event of this same request). */
    List<Conflict> conflicts(Connection c, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                select s.position, s.event_id from usage_staging s join usage_event e using (event_id)
                where not %s order by s.position limit ?""".formatted(SAME_CONTENT))) {
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
                select count(*) from usage_staging s join usage_event e using (event_id)
                where not %s""".formatted(SAME_CONTENT))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
