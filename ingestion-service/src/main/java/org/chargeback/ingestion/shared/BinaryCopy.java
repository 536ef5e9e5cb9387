package org.chargeback.ingestion.shared;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Rows written to a {@code COPY ... FROM STDIN (FORMAT binary)} in 64 KiB chunks: PostgreSQL takes integers,
 * timestamps and numerics as they are stored instead of parsing their text, and text needs no escaping. Each value is
 * converted exactly as PostgreSQL's text input converts the same text ({@link #micros}, {@link #numeric}), so what is
 * stored does not depend on the path a row took (CostRecordStorageTest, UsageBinaryCopyTest compare in PostgreSQL).
 * <p>
 * The COPY starts with the first row; {@link #finish} ends it, and a later row starts another on the same connection
 * (an import writes its rollup between two COPYs of rows: only one COPY may be open on a connection).
 */
public final class BinaryCopy implements AutoCloseable {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in seconds since 1970. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;

    private final Connection connection;
    private final String sql;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private CopyIn copy;

    /** @param copyFromStdin e.g. {@code COPY usage_event (event_id, ...) FROM STDIN}; the binary format is added */
    public BinaryCopy(Connection connection, String copyFromStdin) {
        this.connection = connection;
        this.sql = copyFromStdin + " (FORMAT binary)";
    }

    /** Starts a row of {@code fields} values (and the COPY, if none is open). */
    public void row(int fields) throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            ensure(HEADER.length);
            System.arraycopy(HEADER, 0, buffer, position, HEADER.length);
            position += HEADER.length;
        }
        ensure(2);
        putShort(fields);
    }

    public void nul() throws SQLException {
        ensure(4);
        putInt(-1);
    }

    public void text(String value) throws SQLException {
        if (value == null) {
            nul();
            return;
        }
        bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A text (already UTF-8) or a uuid (its 16 bytes). */
    public void bytes(byte[] value) throws SQLException {
        ensure(4 + value.length);
        putInt(value.length);
        System.arraycopy(value, 0, buffer, position, value.length);
        position += value.length;
    }

    /** A jsonb value: format version 1, then the JSON text. */
    public void jsonb(String json) throws SQLException {
        if (json == null) {
            nul();
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ensure(5 + bytes.length);
        putInt(bytes.length + 1);
        buffer[position++] = 1;
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    public void bool(boolean value) throws SQLException {
        ensure(5);
        putInt(1);
        buffer[position++] = (byte) (value ? 1 : 0);
    }

    public void int8(long value) throws SQLException {
        ensure(12);
        putInt(8);
        putLong(value);
    }

    /** A timestamptz of microseconds since 2000-01-01T00:00:00Z ({@link #micros}). */
    public void timestamptz(long micros) throws SQLException {
        int8(micros);
    }

    /**
     * A numeric from a validated plain decimal ({@code -?digits[.digits]}, either part may be empty) as PostgreSQL's
     * binary numeric: digit count, weight (of the first base-10000 group), sign, display scale (the fraction digits
     * written), groups. Leading and trailing zero groups are allowed; the server strips them.
     */
    public void numeric(String text) throws SQLException {
        int n = text.length();
        int i = 0;
        boolean negative = text.charAt(0) == '-';
        if (negative) i++;
        int dot = text.indexOf('.', i);
        int integerEnd = dot < 0 ? n : dot;
        int fractionStart = dot < 0 ? n : dot + 1;
        while (i < integerEnd && text.charAt(i) == '0') i++;
        int integerDigits = integerEnd - i;
        int scale = n - fractionStart;
        int integerGroups = (integerDigits + 3) / 4;
        int fractionGroups = (scale + 3) / 4;
        int groups = integerGroups + fractionGroups;
        ensure(4 + 8 + 2 * groups);
        putInt(8 + 2 * groups);
        putShort(groups);
        putShort(integerGroups - 1);
        putShort(negative ? 0x4000 : 0x0000);
        putShort(scale);
        int at = i;
        int width = integerDigits - 4 * (integerGroups - 1); // the first group takes what is left over
        for (int g = 0; g < integerGroups; g++) {
            int group = 0;
            for (int k = g == 0 ? width : 4; k > 0; k--) {
                group = group * 10 + (text.charAt(at++) - '0');
            }
            putShort(group);
        }
        at = fractionStart;
        for (int g = 0; g < fractionGroups; g++) {
            int group = 0;
            for (int k = 0; k < 4; k++) {
                group = group * 10 + (at < n ? text.charAt(at++) - '0' : 0);
            }
            putShort(group);
        }
    }

    /** Ends the COPY, if one is open; answers the rows it copied. The next {@link #row} starts another. */
    public long finish() throws SQLException {
        if (copy == null) {
            return 0;
        }
        ensure(2);
        putShort(-1); // trailer
        flush();
        CopyIn done = copy;
        copy = null;
        return done.endCopy();
    }

    /** Abandons a COPY in progress, if any (the caller failed; its transaction rolls back). */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            CopyIn active = copy;
            copy = null;
            active.cancelCopy();
        }
    }

    /** Microseconds since 2000-01-01 UTC, rounded to the nearest as PostgreSQL rounds a text date-time's fraction. */
    public static long micros(Instant instant) {
        return (instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + (instant.getNano() + 500) / 1000;
    }

    /**
     * Microseconds since 2000-01-01T00:00:00Z of an instant printed as {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}. A
     * fraction finer than a microsecond is rounded as PostgreSQL's timestamp input does ({@code rint(strtod(".fff")
     * * 1000000)}, in doubles, ties to even), so a binary copy stores what the text would have.
     */
    public static long micros(String instant) {
        long seconds = epochDay(digits(instant, 0, 4), digits(instant, 5, 2), digits(instant, 8, 2)) * 86_400
                + digits(instant, 11, 2) * 3600L + digits(instant, 14, 2) * 60L + digits(instant, 17, 2);
        long micros = (seconds - POSTGRES_EPOCH_SECONDS) * 1_000_000;
        if (instant.charAt(19) == '.') {
            String fraction = instant.substring(19, instant.length() - 1);
            micros += fraction.length() <= 7
                    ? Long.parseLong((fraction.substring(1) + "000000").substring(0, 6))
                    : (long) Math.rint(Double.parseDouble(fraction) * 1_000_000);
        }
        return micros;
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, as {@link java.time.LocalDate#toEpochDay()} answers,
     * by arithmetic (Howard Hinnant's days_from_civil): this runs for every event, the date was validated when read.
     */
    public static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private void ensure(int bytes) throws SQLException {
        if (position + bytes <= buffer.length) return;
        flush();
        if (bytes > buffer.length) {
            buffer = new byte[Integer.highestOneBit(bytes) << 1]; // one large cell; a row is in memory anyway
        }
    }

    private void flush() throws SQLException {
        if (position > 0) {
            copy.writeToCopy(buffer, 0, position);
            position = 0;
        }
    }

    private void putShort(int v) {
        buffer[position++] = (byte) (v >>> 8);
        buffer[position++] = (byte) v;
    }

    private void putInt(int v) {
        buffer[position++] = (byte) (v >>> 24);
        buffer[position++] = (byte) (v >>> 16);
        buffer[position++] = (byte) (v >>> 8);
        buffer[position++] = (byte) v;
    }

    private void putLong(long v) {
        putInt((int) (v >>> 32));
        putInt((int) v);
    }
}
