package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * An event's attributes: a free-form JSON object (model, channel, tokensIn, tokensOut, ...). It is copied from the
 * request token by token as compact JSON, without building a tree, and stored as jsonb; on the way the token counts the
 * rollup sums are picked up, and what PostgreSQL's jsonb would refuse is reported as a problem of the event instead of
 * failing the whole request later.
 */
final class UsageAttributes {

    /** The attributes as compact JSON, their token counts (null when absent), or the problem that makes them invalid. */
    record Copied(String json, BigDecimal tokensIn, BigDecimal tokensOut, String problem) {
    }

    // PostgreSQL's numeric holds up to 131,072 digits before the decimal point and 16,383 after.
    private static final int MAX_INTEGER_DIGITS = 131_072;
    private static final int MAX_FRACTION_DIGITS = 16_383;

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    /** Numbers equal as numbers (1.0 is 1), as jsonb compares them; anything else by equals. */
    private static final Comparator<JsonNode> AS_JSONB = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private final StringBuilder out = new StringBuilder(256);
    private boolean[] commaNeeded = new boolean[16];

    /**
     * Copies the object the parser is on (its START_OBJECT) up to and including its END_OBJECT. The token counts are
     * what the SQL function usage_tokens reads from the stored jsonb: the number exactly as written, when it is >= 0
     * (a repeated key: its last value, as jsonb keeps it).
     */
    Copied copy(JsonParser parser) throws IOException {
        out.setLength(0);
        BigDecimal tokensIn = null;
        BigDecimal tokensOut = null;
        String problem = null;
        int depth = 0;
        String field = null;
        JsonToken token = parser.currentToken();
        do {
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    separate(depth);
                    out.append(token == JsonToken.START_OBJECT ? '{' : '[');
                    depth++;
                    if (depth == commaNeeded.length) {
                        commaNeeded = Arrays.copyOf(commaNeeded, depth * 2);
                    }
                    commaNeeded[depth] = false;
                }
                case END_OBJECT, END_ARRAY -> {
                    out.append(token == JsonToken.END_OBJECT ? '}' : ']');
                    depth--;
                }
                case FIELD_NAME -> {
                    separate(depth);
                    String name = parser.currentName();
                    if (depth == 1) {
                        field = name; // a key of the top-level object (a nested one's keys are not token counts)
                    }
                    problem = string(name, problem);
                    out.append(':');
                    commaNeeded[depth] = false; // the value follows the colon
                }
                case VALUE_STRING -> {
                    separate(depth);
                    problem = string(parser.getText(), problem);
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    separate(depth);
                    String number = parser.getText();
                    out.append(number);
                    if (problem == null && !fitsNumeric(number)) {
                        problem = "holds the number " + abbreviate(number) + ", beyond what a decimal can store";
                    }
                }
                case VALUE_TRUE -> {
                    separate(depth);
                    out.append("true");
                }
                case VALUE_FALSE -> {
                    separate(depth);
                    out.append("false");
                }
                case VALUE_NULL -> {
                    separate(depth);
                    out.append("null");
                }
                default -> throw new IllegalStateException("Unexpected JSON token " + token);
            }
            if (depth == 1 && token != JsonToken.FIELD_NAME && token != JsonToken.START_OBJECT) {
                // a value of the top-level object just ended (a scalar, or a nested object or array closed)
                if ("tokensIn".equals(field)) {
                    tokensIn = tokenCount(token, parser);
                } else if ("tokensOut".equals(field)) {
                    tokensOut = tokenCount(token, parser);
                }
            }
        } while (depth > 0 && (token = parser.nextToken()) != null);
        return problem == null ? new Copied(out.toString(), tokensIn, tokensOut, null) : new Copied(null, null, null, problem);
    }

    /**
     * Whether two stored attribute texts are the same attributes as jsonb sees them: keys in any order, numbers
     * equal by value. Both come from {@link #copy}, so they are valid JSON.
     */
    static boolean same(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            return EXACT.readTree(a).equals(AS_JSONB, EXACT.readTree(b));
        } catch (IOException e) {
            throw new IllegalStateException("Attributes copied from a request are valid JSON", e);
        }
    }

    private static BigDecimal tokenCount(JsonToken token, JsonParser parser) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            return null;
        }
        BigDecimal count = new BigDecimal(parser.getText());
        return count.signum() >= 0 ? count : null;
    }

    private void separate(int depth) {
        if (depth == 0) {
            return;
        }
        if (commaNeeded[depth]) {
            out.append(',');
        }
        commaNeeded[depth] = true;
    }

    /** Appends a JSON string; answers the problem PostgreSQL would have with it, if any (the first one kept). */
    private String string(String value, String problem) {
        out.append('"');
        if (plain(value)) {
            out.append(value).append('"'); // the usual case: nothing to escape
            return problem;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                out.append('\\').append(ch);
            } else if (ch < 0x20) {
                if (ch == 0 && problem == null) {
                    problem = "holds the character \\u0000, which a database text cannot";
                }
                out.append(String.format("\\u%04x", (int) ch));
            } else if (Character.isSurrogate(ch)) {
                boolean paired = Character.isHighSurrogate(ch) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    if (problem == null) {
                        problem = "holds an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(ch) + "), which is not a character";
                    }
                    out.append(ch);
                } else {
                    out.append(ch).append(value.charAt(++i));
                }
            } else {
                out.append(ch);
            }
        }
        out.append('"');
        return problem;
    }

    /** Whether the string needs no escaping and holds no surrogate (so also no character PostgreSQL refuses). */
    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x20 || ch == '"' || ch == '\\' || Character.isSurrogate(ch)) {
                return false;
            }
        }
        return true;
    }

    /** Whether PostgreSQL's numeric takes the number (a JSON number literal): a short plain one always does. */
    private static boolean fitsNumeric(String number) {
        if (number.length() < 1000 && number.indexOf('e') < 0 && number.indexOf('E') < 0) {
            return true;
        }
        BigDecimal value = new BigDecimal(number);
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
