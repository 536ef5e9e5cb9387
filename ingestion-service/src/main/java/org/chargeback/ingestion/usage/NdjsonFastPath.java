package org.chargeback.ingestion.usage;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the NDJSON line producers almost always send straight from its bytes: one event object per line, plain
 * ASCII, no escape sequences, no exponents, known fields once each. That skips Jackson's token machinery, a String per
 * repeated business unit, use case and product (each is looked up by its bytes) and re-writing the attributes: their
 * bytes, checked to be valid JSON here, are stored as they came. A line of any other shape answers false and the
 * reader hands it, and the rest of the body, to Jackson, which reads every JSON there is (the differential test
 * {@code NdjsonFastPathTest} compares both readers on tricky and random bodies).
 */
final class NdjsonFastPath {

    /** What one line held: a value per field as text (null when absent), the quantity as a number if it was one. */
    static final class Event {
        final String[] text = new String[UsageEventReader.FIELDS.size()];
        BigDecimal quantity;
        long wholeQuantity = -1;
        String attributes;
        BigDecimal tokensIn;
        BigDecimal tokensOut;

        void clear() {
            Arrays.fill(text, null);
            quantity = null;
            wholeQuantity = -1;
            attributes = null;
            tokensIn = null;
            tokensOut = null;
        }
    }

    private static final byte[][] NAMES = UsageEventReader.FIELDS.stream()
            .map(name -> name.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);
    private static final int QUANTITY = 4;
    private static final int ATTRIBUTES = 6;
    private static final int MAX_DEPTH = 32;
    private static final byte[] TOKENS_IN = "tokensIn".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKENS_OUT = "tokensOut".getBytes(StandardCharsets.US_ASCII);

    private final Event event = new Event();
    private final Strings[] shared = new Strings[NAMES.length];
    private byte[] b;
    private int end;

    NdjsonFastPath() {
        for (int field = 1; field <= 3; field++) {
            shared[field] = new Strings(); // business unit, use case, product: a handful of values
        }
    }

    /** Reads the line {@code [from, to)}; answers the event, or null when the line is not of the simple shape. */
    Event read(byte[] bytes, int from, int to) {
        b = bytes;
        end = to;
        event.clear();
        int i = whitespace(from);
        if (i >= end || b[i] != '{') {
            return null;
        }
        int seen = 0;
        i = whitespace(i + 1);
        while (true) {
            if (i >= end || b[i] != '"') {
                return null; // also an empty object: Jackson's path reports what it lacks
            }
            int nameEnd = string(i + 1);
            if (nameEnd < 0) {
                return null;
            }
            int field = field(i + 1, nameEnd);
            if (field < 0 || (seen & (1 << field)) != 0) {
                return null; // an unknown or a repeated field: Jackson's path
            }
            seen |= 1 << field;
            i = whitespace(nameEnd + 1);
            if (i >= end || b[i] != ':') {
                return null;
            }
            i = whitespace(i + 1);
            if (i >= end) {
                return null;
            }
            if (field == ATTRIBUTES) {
                if (b[i] != '{') {
                    return null;
                }
                int valueEnd = value(i, 0);
                if (valueEnd < 0) {
                    return null;
                }
                event.attributes = new String(b, i, valueEnd - i, StandardCharsets.ISO_8859_1);
                i = valueEnd;
            } else if (b[i] == '"') {
                int valueEnd = string(i + 1);
                if (valueEnd < 0) {
                    return null;
                }
                event.text[field] = shared[field] == null
                        ? new String(b, i + 1, valueEnd - i - 1, StandardCharsets.ISO_8859_1)
                        : shared[field].of(b, i + 1, valueEnd);
                i = valueEnd + 1;
            } else if (field == QUANTITY) {
                int valueEnd = number(i);
                if (valueEnd < 0) {
                    return null;
                }
                quantity(i, valueEnd);
                i = valueEnd;
            } else {
                return null;
            }
            i = whitespace(i);
            if (i < end && b[i] == ',') {
                i = whitespace(i + 1);
            } else if (i < end && b[i] == '}') {
                return whitespace(i + 1) == end ? event : null; // more than one object on the line: Jackson's path
            } else {
                return null;
            }
        }
    }

    /** The number quantity: a whole one of up to 18 digits as a long, any other as its exact decimal. */
    private void quantity(int from, int to) {
        event.wholeQuantity = whole(from, to);
        if (event.wholeQuantity < 0) {
            event.quantity = new BigDecimal(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        }
    }

    /** The number {@code [from, to)} when it is a whole one of up to 18 digits without a sign, otherwise -1. */
    private long whole(int from, int to) {
        if (to - from > 18) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    /** The end of the JSON value at {@code i} (checked to be valid), or -1; the attributes' token counts on the way. */
    private int value(int i, int depth) {
        switch (b[i]) {
            case '{' -> {
                if (depth == MAX_DEPTH) {
                    return -1;
                }
                i = whitespace(i + 1);
                if (i < end && b[i] == '}') {
                    return i + 1;
                }
                while (true) {
                    if (i >= end || b[i] != '"') {
                        return -1;
                    }
                    int nameEnd = string(i + 1);
                    if (nameEnd < 0) {
                        return -1;
                    }
                    int nameFrom = i + 1;
                    i = whitespace(nameEnd + 1);
                    if (i >= end || b[i] != ':') {
                        return -1;
                    }
                    i = whitespace(i + 1);
                    if (i >= end) {
                        return -1;
                    }
                    int valueEnd = value(i, depth + 1);
                    if (valueEnd < 0) {
                        return -1;
                    }
                    if (depth == 0) {
                        // a top-level key of the attributes: the token counts, the last one of a repeated key winning
                        if (equals(nameFrom, nameEnd, TOKENS_IN)) {
                            event.tokensIn = tokenCount(i, valueEnd);
                        } else if (equals(nameFrom, nameEnd, TOKENS_OUT)) {
                            event.tokensOut = tokenCount(i, valueEnd);
                        }
                    }
                    i = whitespace(valueEnd);
                    if (i < end && b[i] == ',') {
                        i = whitespace(i + 1);
                    } else if (i < end && b[i] == '}') {
                        return i + 1;
                    } else {
                        return -1;
                    }
                }
            }
            case '[' -> {
                if (depth == MAX_DEPTH) {
                    return -1;
                }
                i = whitespace(i + 1);
                if (i < end && b[i] == ']') {
                    return i + 1;
                }
                while (true) {
                    if (i >= end) {
                        return -1;
                    }
                    int valueEnd = value(i, depth + 1);
                    if (valueEnd < 0) {
                        return -1;
                    }
                    i = whitespace(valueEnd);
                    if (i < end && b[i] == ',') {
                        i = whitespace(i + 1);
                    } else if (i < end && b[i] == ']') {
                        return i + 1;
                    } else {
                        return -1;
                    }
                }
            }
            case '"' -> {
                int stringEnd = string(i + 1);
                return stringEnd < 0 ? -1 : stringEnd + 1;
            }
            case 't' -> {
                return literal(i, "true");
            }
            case 'f' -> {
                return literal(i, "false");
            }
            case 'n' -> {
                return literal(i, "null");
            }
            default -> {
                return number(i);
            }
        }
    }

    /** A token count as usage_tokens reads it: a number >= 0 (as written), null for anything else. */
    private BigDecimal tokenCount(int from, int to) {
        if (b[from] != '-' && (b[from] < '0' || b[from] > '9')) {
            return null;
        }
        long whole = whole(from, to);
        if (whole >= 0) {
            return BigDecimal.valueOf(whole);
        }
        BigDecimal count = new BigDecimal(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        return count.signum() >= 0 ? count : null;
    }

    /**
     * The end of a JSON number at {@code i} ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?}), or -1: an exponent, like anything
     * unusual, is left to Jackson's path (which also checks it fits PostgreSQL's numeric).
     */
    private int number(int i) {
        if (i < end && b[i] == '-') {
            i++;
        }
        if (i >= end || b[i] < '0' || b[i] > '9') {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else {
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
        }
        if (i < end && b[i] == '.') {
            int fraction = ++i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == fraction) {
                return -1;
            }
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E' || (b[i] >= '0' && b[i] <= '9'))) {
            return -1;
        }
        return i;
    }

    /** The index of the closing quote of a string starting at {@code i}, or -1 if it holds an escape or non-ASCII. */
    private int string(int i) {
        while (i < end) {
            byte c = b[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) { // an escape, a control character, or (negative) a byte of a non-ASCII character
                return -1;
            }
            i++;
        }
        return -1;
    }

    private int literal(int i, String word) {
        if (end - i < word.length()) {
            return -1;
        }
        for (int k = 0; k < word.length(); k++) {
            if (b[i + k] != word.charAt(k)) {
                return -1;
            }
        }
        return i + word.length();
    }

    private int whitespace(int i) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    private int field(int from, int to) {
        for (int field = 0; field < NAMES.length; field++) {
            if (equals(from, to, NAMES[field])) {
                return field;
            }
        }
        return -1;
    }

    private boolean equals(int from, int to, byte[] name) {
        return Arrays.equals(b, from, to, name, 0, name.length);
    }

    /** The values a field took so far, found by their bytes: the same String for the same value (at most 64 kept). */
    private static final class Strings {
        private final byte[][] bytes = new byte[64][];
        private final String[] strings = new String[64];
        private int size;

        String of(byte[] b, int from, int to) {
            for (int k = 0; k < size; k++) {
                if (Arrays.equals(bytes[k], 0, bytes[k].length, b, from, to)) {
                    return strings[k];
                }
            }
            String value = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
            if (size < bytes.length) {
                bytes[size] = Arrays.copyOfRange(b, from, to);
                strings[size++] = value;
            }
            return value;
        }
    }
}
