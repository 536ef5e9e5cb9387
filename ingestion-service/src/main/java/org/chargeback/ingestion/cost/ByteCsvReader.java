package org.chargeback.ingestion.cost;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The CSV reader of cost files: splits records into fields on the bytes of a reused buffer and makes a String only
 * for a value not seen recently in its column (billing files repeat accounts, SKUs, date-times, tags and prices on
 * millions of rows; Jackson's CSV parser made ~36 Strings per row through a char decoder, most of the service's
 * reading time).
 * <p>
 * It reads the common shape of provider exports: UTF-8 with or without a byte order mark, fields quoted or not,
 * doubled quotes and LF inside quotes, LF or CRLF line ends, no final newline. At the first record of any other shape
 * (a quote inside an unquoted field, white space or a control character first in one, text after a closing quote, a CR alone or inside quotes, a blank line, a record
 * of one field, a trailing comma, a record over {@value #MAX_RECORD} bytes, an unclosed quote) it hands that record
 * and the rest of the file to {@link FocusCsvReader} (Jackson), which reads (or rejects) it as before: what both read,
 * they read alike ({@code ByteCsvReaderTest} compares them on tricky and random files).
 */
final class ByteCsvReader implements CostRows {

    /** Longer records go to Jackson, which bounds a value's length itself. */
    static final int MAX_RECORD = 1 << 20;
    private static final int NEED_MORE = -1;
    private static final int DECLINE = -2;
    private static final int END = -3;

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start; // the next record's first byte
    private int end; // the end of the bytes read
    private boolean eof;
    private boolean bomChecked;
    private long records;
    private FocusCsvReader fallback;

    private int fields;
    private int[] fieldStart = new int[64];
    private int[] fieldEnd = new int[64];
    private boolean[] fieldEscaped = new boolean[64];
    private ColumnCache[] caches = new ColumnCache[0];
    private byte[] scratch = new byte[256];

    ByteCsvReader(InputStream in) {
        this.in = in;
    }

    @Override
    public String[] next(long row, ImportFindings findings) throws IOException {
        if (fallback != null) {
            return fallback.next(row, findings);
        }
        if (!bomChecked) {
            fill(3);
            bomChecked = true;
            if (end - start >= 3 && buffer[start] == (byte) 0xEF && buffer[start + 1] == (byte) 0xBB && buffer[start + 2] == (byte) 0xBF) {
                start += 3;
            }
        }
        while (true) {
            int next = parse();
            if (next >= 0) {
                String[] record = decode();
                start = next;
                records++;
                return record;
            }
            if (next == END) {
                return null;
            }
            if (next == NEED_MORE && end - start < MAX_RECORD) {
                fill(0);
                continue;
            }
            return handOver(row, findings);
        }
    }

    /** Jackson reads from this record on (from the file's first byte, BOM included, if no record was read yet). */
    private String[] handOver(long row, ImportFindings findings) throws IOException {
        int from = records == 0 ? 0 : start;
        // SequenceInputStream closes each stream it finishes: the importer reads the body to its end afterwards (hash).
        InputStream rest = new FilterInputStream(in) {
            @Override
            public void close() {
                // closed by close()
            }
        };
        fallback = new FocusCsvReader(new SequenceInputStream(new ByteArrayInputStream(buffer, from, end - from), rest), records == 0);
        buffer = null;
        return fallback.next(row, findings);
    }

    /**
     * Splits the record at {@code start} into fields; returns the start of the next record, or what to do:
     * {@link #NEED_MORE} bytes, {@link #DECLINE} (hand over to Jackson), or {@link #END} of the file.
     */
    private int parse() {
        byte[] b = buffer;
        int limit = end;
        int p = start;
        fields = 0;
        if (p >= limit) {
            return eof ? END : NEED_MORE;
        }
        while (true) {
            int valueStart;
            int valueEnd;
            boolean escaped = false;
            if (p < limit && b[p] == '"') {
                int q = p + 1;
                while (true) {
                    while (q < limit && b[q] != '"' && b[q] != '\r') q++;
                    if (q >= limit) return eof ? DECLINE : NEED_MORE; // unclosed at the end: Jackson reports it
                    if (b[q] == '\r') return DECLINE;
                    if (q + 1 >= limit && !eof) return NEED_MORE;
                    if (q + 1 < limit && b[q + 1] == '"') {
                        escaped = true;
                        q += 2;
                        continue;
                    }
                    break;
                }
                valueStart = p + 1;
                valueEnd = q;
                p = q + 1;
            } else {
                int q = p;
                if (q < limit && b[q] >= 0 && b[q] <= ' ' && b[q] != '\n' && b[q] != '\r') {
                    return DECLINE; // leading white space: Jackson drops it in places
                }
                while (q < limit) {
                    byte c = b[q];
                    if (c == ',' || c == '\n' || c == '\r') break;
                    if (c == '"') return DECLINE;
                    q++;
                }
                if (q >= limit && !eof) return NEED_MORE;
                valueStart = p;
                valueEnd = q;
                p = q;
            }
            addField(valueStart, valueEnd, escaped);
            if (p >= limit) { // the last record, without a final newline
                return fields == 1 ? DECLINE : p;
            }
            byte c = b[p];
            if (c == ',') {
                p++;
                if (p >= limit) return eof ? DECLINE : NEED_MORE;
                if (b[p] == '\n' || b[p] == '\r') return DECLINE; // a trailing comma
                continue;
            }
            if (fields == 1) return DECLINE; // a blank line, or one column: Jackson's rules apply
            if (c == '\n') return p + 1;
            if (c == '\r') {
                if (p + 1 >= limit) return eof ? DECLINE : NEED_MORE;
                return b[p + 1] == '\n' ? p + 2 : DECLINE;
            }
            return DECLINE; // text after a closing quote
        }
    }

    private void addField(int from, int to, boolean escaped) {
        if (fields == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, fields * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, fields * 2);
            fieldEscaped = Arrays.copyOf(fieldEscaped, fields * 2);
        }
        fieldStart[fields] = from;
        fieldEnd[fields] = to;
        fieldEscaped[fields] = escaped;
        fields++;
    }

    private String[] decode() {
        if (caches.length < fields) {
            ColumnCache[] more = Arrays.copyOf(caches, fields);
            for (int i = caches.length; i < fields; i++) more[i] = new ColumnCache();
            caches = more;
        }
        String[] record = new String[fields];
        for (int i = 0; i < fields; i++) {
            int from = fieldStart[i];
            int to = fieldEnd[i];
            if (from == to) {
                record[i] = "";
            } else if (fieldEscaped[i]) {
                record[i] = unescape(from, to);
            } else {
                record[i] = caches[i].value(buffer, from, to);
            }
        }
        return record;
    }

    /** A quoted value's text with its doubled quotes made single. */
    private String unescape(int from, int to) {
        if (scratch.length < to - from) scratch = new byte[Integer.highestOneBit(to - from) << 1];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = buffer[i];
            scratch[n++] = c;
            if (c == '"') i++; // validated as doubled
        }
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    /** Reads until {@code min} bytes past {@code start} are there, or at least some more, or the end. */
    private void fill(int min) throws IOException {
        do {
            if (end == buffer.length) {
                if (start > 0) {
                    compact();
                } else {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2); // one long record, up to MAX_RECORD
                }
            }
            int read = in.read(buffer, end, buffer.length - end);
            if (read < 0) {
                eof = true;
                return;
            }
            end += read;
        } while (end - start < min);
    }

    private void compact() {
        System.arraycopy(buffer, start, buffer, 0, end - start);
        end -= start;
        start = 0;
    }

    /** True while no record was handed over to Jackson. */
    boolean fastPathOnly() {
        return fallback == null;
    }

    @Override
    public void close() throws IOException {
        if (fallback != null) {
            fallback.close();
        }
        in.close();
    }

    /**
     * The Strings of one column's recent values, keyed by their bytes (direct-mapped, bounded). A column whose
     * values rarely repeat (costs, resource ids) stops being looked up after a while.
     */
    static final class ColumnCache {
        private static final int SLOTS = 1024; // an hour's date-times for a month (744) fit
        private static final java.lang.invoke.VarHandle LONG = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
                long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
        private static final int MAX_LENGTH = 256;
        private static final int TRIAL = 4096;

        private final byte[][] keys = new byte[SLOTS][];
        private final String[] values = new String[SLOTS];
        private int lookups;
        private int hits;
        private boolean off;

        String value(byte[] bytes, int from, int to) {
            int length = to - from;
            if (off || length > MAX_LENGTH) {
                return new String(bytes, from, length, StandardCharsets.UTF_8);
            }
            int slot = slot(bytes, from, length);
            if (++lookups == TRIAL) {
                off = hits < TRIAL / 4;
            }
            byte[] key = keys[slot];
            if (key != null && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                hits++;
                return values[slot];
            }
            String value = new String(bytes, from, length, StandardCharsets.UTF_8);
            keys[slot] = Arrays.copyOfRange(bytes, from, to);
            values[slot] = value;
            return value;
        }

        /** A hash of the bytes eight at a time (a miss costs a String; the bytes are compared anyway). */
        private static int slot(byte[] bytes, int from, int length) {
            long h = 0;
            if (length >= 8) {
                int last = from + length - 8;
                for (int i = from; i < last; i += 8) h = (h + (long) LONG.get(bytes, i)) * 0x9E3779B97F4A7C15L;
                h = (h + (long) LONG.get(bytes, last)) * 0x9E3779B97F4A7C15L; // overlaps the one before
            } else {
                for (int i = from; i < from + length; i++) h = (h << 8) | (bytes[i] & 0xff);
            }
            h = (h ^ length) * 0xBF58476D1CE4E5B9L;
            return (int) (h >>> 54); // the top 10 bits: SLOTS
        }
    }
}
