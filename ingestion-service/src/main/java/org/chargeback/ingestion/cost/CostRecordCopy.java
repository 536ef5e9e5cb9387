package org.chargeback.ingestion.cost;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Streams parsed rows into cost_record with COPY in PostgreSQL's binary format: date-times go as microseconds and
 * decimals as base-10000 digit groups, so the server does not parse text into timestamptz and numeric for every
 * cell (that parsing was a good part of the typed COPY's cost). Decimals are converted from the text the importer
 * validated, digit by digit: exactly the value written in the file, with its scale. A copy can be finished and
 * resumed (the importer writes rollup rows in between, on the same connection and transaction).
 */
final class CostRecordCopy {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final CostColumn[] COLUMNS = CostColumn.values();
    private static final short FIELDS = (short) (2 + COLUMNS.length + 2);
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp epoch, in seconds since 1970. */
    private static final long POSTGRES_EPOCH_SECONDS = 946_684_800L;
    private static final String COPY_SQL = "COPY cost_record (" + columnList() + ") FROM STDIN WITH (FORMAT binary)";

    private final Connection connection;
    private final byte[] importId = new byte[16];
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private CopyIn copy;

    CostRecordCopy(Connection connection, UUID importId) {
        this.connection = connection;
        long high = importId.getMostSignificantBits();
        long low = importId.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            this.importId[i] = (byte) (high >>> (56 - 8 * i));
            this.importId[8 + i] = (byte) (low >>> (56 - 8 * i));
        }
    }

    static String columnList() {
        StringBuilder columns = new StringBuilder("import_id, row_number");
        for (CostColumn column : COLUMNS) {
            columns.append(", ").append(column.dbColumn);
        }
        return columns.append(", extra_columns, x_columns").toString();
    }

    void write(CostRowParser.ParsedRow row) throws SQLException {
        if (copy == null) {
            copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
            ensure(SIGNATURE.length + 8);
            System.arraycopy(SIGNATURE, 0, buffer, position, SIGNATURE.length);
            position += SIGNATURE.length;
            putInt(0); // flags: no OIDs
            putInt(0); // no header extension
        }
        ensure(2 + 4 + 16 + 4 + 8);
        putShort(FIELDS);
        putInt(16);
        System.arraycopy(importId, 0, buffer, position, 16);
        position += 16;
        putInt(8);
        putLong(row.row);
        for (CostColumn column : COLUMNS) {
            String value = row.values[column.ordinal()];
            if (value == null) {
                ensure(4);
                putInt(-1);
            } else if (column.kind == CostColumn.Kind.DATETIME) {
                ensure(12);
                putInt(8);
                putLong(microseconds(row.instants[column.ordinal()]));
            } else if (column.kind == CostColumn.Kind.DECIMAL) {
                numeric(value);
            } else {
                text(value);
            }
        }
        text(row.extraColumns);
        text(row.xColumns);
    }

    /** Ends the COPY (the rows are in the transaction); the next {@link #write} starts another. */
    void finish() throws SQLException {
        if (copy == null) return;
        ensure(2);
        putShort((short) -1); // trailer
        flush();
        CopyIn done = copy;
        copy = null;
        done.endCopy();
    }

    /** Abandons a COPY in progress, if any (the import failed; the transaction rolls back). */
    void cancel() throws SQLException {
        if (copy != null && copy.isActive()) {
            CopyIn active = copy;
            copy = null;
            active.cancelCopy();
        }
    }

    /** Microseconds since 2000-01-01 UTC, rounded to the nearest as PostgreSQL rounds a text date-time's fraction. */
    static long microseconds(Instant instant) {
        return (instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + (instant.getNano() + 500) / 1000;
    }

    private void text(String value) throws SQLException {
        if (value == null) {
            ensure(4);
            putInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        ensure(4 + bytes.length);
        putInt(bytes.length);
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /**
     * A validated plain decimal ({@code -?digits[.digits]}, either part may be empty) as PostgreSQL's binary numeric:
     * digit count, weight (of the first base-10000 group), sign, display scale (the fraction digits written), groups.
     * Leading and trailing zero groups are allowed; the server strips them.
     */
    void numeric(String text) throws SQLException {
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
        putShort((short) groups);
        putShort((short) (integerGroups - 1));
        putShort((short) (negative ? 0x4000 : 0x0000));
        putShort((short) scale);
        int at = i;
        int width = integerDigits - 4 * (integerGroups - 1); // the first group takes what is left over
        for (int g = 0; g < integerGroups; g++) {
            int group = 0;
            for (int k = g == 0 ? width : 4; k > 0; k--) {
                group = group * 10 + (text.charAt(at++) - '0');
            }
            putShort((short) group);
        }
        at = fractionStart;
        for (int g = 0; g < fractionGroups; g++) {
            int group = 0;
            for (int k = 0; k < 4; k++) {
                group = group * 10 + (at < n ? text.charAt(at++) - '0' : 0);
            }
            putShort((short) group);
        }
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

    private void putShort(short v) {
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
