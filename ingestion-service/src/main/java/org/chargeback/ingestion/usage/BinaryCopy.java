package org.chargeback.ingestion.usage;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Rows written to a {@code COPY ... FROM STDIN (FORMAT binary)} in chunks: PostgreSQL then takes integers, timestamps
 * and numerics as they are stored instead of parsing their text, and text needs no escaping. Each value is converted
 * exactly as PostgreSQL's text input would convert the same text (see {@link #micros} and {@link #numeric}), so what is
 * stored does not depend on the path an event took (UsageBinaryCopyTest compares both in PostgreSQL).
 */
final class BinaryCopy implements AutoCloseable {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, // flags
            0, 0, 0, 0}; // header extension length
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in Unix seconds. */
    private static final long POSTGRES_EPOCH = 946_684_800L;
    private static final int CHUNK = 1 << 16;

    private final CopyIn copy;
    private byte[] buffer = new byte[CHUNK + 1024];
    private int length;

    BinaryCopy(Connection c, String copyFromStdin) throws SQLException {
        copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(copyFromStdin + " (FORMAT binary)");
        put(HEADER, 0, HEADER.length);
    }

    /** Starts a row of {@code fields} values. */
    void row(int fields) throws SQLException {
        if (length >= CHUNK) {
            flush();
        }
        putShort(fields);
    }

    void text(String value) {
        if (value == null) {
            putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length);
        put(bytes, 0, bytes.length);
    }

    /** A text value already encoded as UTF-8. */
    void bytes(byte[] utf8) {
        putInt(utf8.length);
        put(utf8, 0, utf8.length);
    }

    /** A jsonb value: format version 1, then the JSON text. */
    void jsonb(String json) {
        if (json == null) {
            putInt(-1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        putInt(bytes.length + 1);
        ensure(1);
        buffer[length++] = 1;
        put(bytes, 0, bytes.length);
    }

    void bool(boolean value) {
        putInt(1);
        ensure(1);
        buffer[length++] = (byte) (value ? 1 : 0);
    }

    /** A timestamptz of microseconds since 2000-01-01T00:00:00Z (see {@link #micros}). */
    void timestamptz(long micros) {
        putInt(8);
        putLong(micros);
    }

    /** A numeric from a decimal in plain notation. */
    void numeric(String plain) {
        if (plain.length() <= 4 && plain.chars().allMatch(ch -> ch >= '0' && ch <= '9') && plain.charAt(0) != '0') {
            putInt(10); // the usual whole count: one base-10000 digit
            putShort(1);
            putShort(0);
            putShort(0);
            putShort(0);
            putShort(Integer.parseInt(plain));
            return;
        }
        short[] value = numeric(new BigDecimal(plain));
        putInt(value.length * 2);
        for (short s : value) {
            putShort(s);
        }
    }

    /** Ends the COPY; answers the rows copied. */
    long finish() throws SQLException {
        putShort(-1);
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // the COPY failed already; its own error is the one thrown
            }
        }
    }

    /**
     * Microseconds since 2000-01-01T00:00:00Z of an instant printed as {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}. A
     * fraction finer than a microsecond is rounded as PostgreSQL's timestamp input does ({@code rint(strtod(".fff")
     * * 1000000)}, in doubles, ties to even), so a binary copy stores what the text would have.
     */
    static long micros(String instant) {
        long seconds = epochDay(digits(instant, 0, 4), digits(instant, 5, 2), digits(instant, 8, 2)) * 86_400
                + digits(instant, 11, 2) * 3600L + digits(instant, 14, 2) * 60L + digits(instant, 17, 2);
        long micros = (seconds - POSTGRES_EPOCH) * 1_000_000;
        if (instant.charAt(19) == '.') {
            String fraction = instant.substring(19, instant.length() - 1);
            micros += fraction.length() <= 7
                    ? Long.parseLong((fraction.substring(1) + "000000").substring(0, 6))
                    : (long) Math.rint(Double.parseDouble(fraction) * 1_000_000);
        }
        return micros;
    }

    /**
     * Days since 1970-01-01 of a valid proleptic Gregorian date, as {@link LocalDate#toEpochDay()} answers, by
     * arithmetic (Howard Hinnant's days_from_civil): this runs for every event, the date was validated when read.
     */
    static long epochDay(int year, int month, int day) {
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

    /**
     * PostgreSQL's binary numeric: ndigits, weight, sign, dscale, then the base-10000 digits, grouped from the decimal
     * point. The display scale is the decimal's scale (what numeric input makes of its plain text).
     */
    static short[] numeric(BigDecimal value) {
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        int scale = value.scale();
        String digits = value.unscaledValue().abs().toString();
        if (digits.length() <= scale) {
            digits = "0".repeat(scale - digits.length() + 1) + digits; // at least one integer digit
        }
        int integerDigits = digits.length() - scale;
        int integerGroups = (integerDigits + 3) / 4;
        int fractionGroups = (scale + 3) / 4;
        // integer part padded on the left and fraction on the right to whole groups of four digits (PostgreSQL drops
        // leading and trailing zero groups itself)
        String aligned = "0".repeat(integerGroups * 4 - integerDigits) + digits + "0".repeat(fractionGroups * 4 - scale);
        int groups = integerGroups + fractionGroups;
        short[] result = new short[4 + groups];
        result[0] = (short) groups;
        result[1] = (short) (integerGroups - 1);
        result[2] = (short) (value.signum() < 0 ? 0x4000 : 0);
        result[3] = (short) scale;
        for (int g = 0; g < groups; g++) {
            result[4 + g] = Short.parseShort(aligned.substring(4 * g, 4 * g + 4));
        }
        return result;
    }

    private void flush() throws SQLException {
        copy.writeToCopy(buffer, 0, length);
        length = 0;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }

    private void put(byte[] bytes, int from, int count) {
        ensure(count);
        System.arraycopy(bytes, from, buffer, length, count);
        length += count;
    }

    private void putShort(int value) {
        ensure(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putInt(int value) {
        ensure(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }
}
