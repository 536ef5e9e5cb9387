package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import org.chargeback.ingestion.shared.BinaryCopy;
import org.chargeback.support.problem.ProblemError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads usage events one at a time from a streamed body (JSON array or object, NDJSON, CSV), validates each and hands
 * the valid ones on: only one event is in memory at a time, whatever the size of the body. Problems are recorded
 * with the event's position ({@code [index].field} for JSON, also the line for NDJSON, row and column for CSV).
 */
final class UsageEventReader {

    static final List<String> FIELDS = List.of("eventId", "businessUnit", "useCase", "product", "quantity",
            "occurredAt", "attributes");

    // Decimals as written: a quantity of 0.123456789012345678901 must not pass through a double.
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** The longest NDJSON line read by the fast path; a longer one and the rest of the body go to Jackson's. */
    private static final int MAX_FAST_LINE = 1 << 20;
    private static final CsvMapper CSV = new CsvMapper();

    private final UsageErrors errors;
    private final UsageAttributes attributes = new UsageAttributes();
    private final Fields fields = new Fields();
    private final Map<String, String> shared = new HashMap<>();
    private long position;
    /** The attributes object of the event being read (null when it has none or they are not an object). */
    private UsageAttributes.Copied copied;

    private final boolean fastNdjson;

    UsageEventReader(UsageErrors errors) {
        this(errors, true);
    }

    /** With {@code fastNdjson} false every NDJSON body goes through Jackson (the differential test compares both). */
    UsageEventReader(UsageErrors errors, boolean fastNdjson) {
        this.errors = errors;
        this.fastNdjson = fastNdjson;
    }

    /** The first instance of each short repeated value of this request (bounded: later new values are kept as they are). */
    private String shared(String value) {
        String first = shared.get(value);
        if (first != null) {
            return first;
        }
        if (shared.size() < 10_000) {
            shared.put(value, value);
        }
        return value;
    }

    /** Events the NDJSON fast path read (the rest went through Jackson). */
    long fastEvents;

    /** Events read so far, valid or not. */
    long eventsRead() {
        return position;
    }

    void read(InputStream body, UsageFormat format, Consumer<UsageEventRepository.StoredEvent> valid) {
        try {
            switch (format) {
                case JSON -> readJson(body, format, valid, 0);
                case NDJSON -> {
                    if (fastNdjson) {
                        readNdjson(body, valid);
                    } else {
                        readJson(body, format, valid, 0);
                    }
                }
                case CSV -> readCsv(body, valid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the usage events failed", e);
        }
    }

    /**
     * NDJSON line by line through {@link NdjsonFastPath}; at the first line it does not take (or one longer than
     * {@link #MAX_FAST_LINE}) that line and the rest of the body go to {@link #readJson}, line numbers continuing.
     */
    private void readNdjson(InputStream body, Consumer<UsageEventRepository.StoredEvent> valid) throws IOException {
        NdjsonFastPath fast = new NdjsonFastPath();
        byte[] buffer = new byte[1 << 16];
        int start = 0;
        int filled = 0;
        long line = 0;
        boolean ended = false;
        while (true) {
            int newline = start;
            while (newline < filled && buffer[newline] != '\n') {
                newline++;
            }
            if (newline == filled && !ended) {
                if (start > 0) { // keep the unfinished line, read on after it
                    System.arraycopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                    start = 0;
                }
                if (filled == buffer.length) {
                    if (buffer.length >= MAX_FAST_LINE) {
                        readJson(rest(buffer, start, filled, body), UsageFormat.NDJSON, valid, line);
                        return;
                    }
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = body.read(buffer, filled, buffer.length - filled);
                if (read < 0) {
                    ended = true;
                } else {
                    filled += read;
                }
                continue;
            }
            if (start == filled) {
                return; // ended, nothing left
            }
            line++;
            NdjsonFastPath.Event event = fast.read(buffer, start, newline);
            if (event == null) {
                if (!blank(buffer, start, newline)) {
                    readJson(rest(buffer, start, filled, body), UsageFormat.NDJSON, valid, line - 1);
                    return;
                }
            } else {
                fields.clear();
                for (int field = 0; field < Fields.ATTRIBUTES; field++) {
                    if (event.text[field] != null) {
                        fields.set(field, TextNode.valueOf(event.text[field]));
                    }
                }
                if (event.wholeQuantity >= 0) {
                    fields.set(4, LongNode.valueOf(event.wholeQuantity));
                } else if (event.quantity != null) {
                    fields.set(4, DecimalNode.valueOf(event.quantity));
                }
                copied = event.attributes == null ? null
                        : new UsageAttributes.Copied(event.attributes, event.tokensIn, event.tokensOut, null);
                validate("[" + position + "].", line, valid);
                position++;
                fastEvents++;
            }
            start = Math.min(newline + 1, filled);
        }
    }

    private static InputStream rest(byte[] buffer, int start, int filled, InputStream body) {
        return new SequenceInputStream(new ByteArrayInputStream(buffer, start, filled - start), body);
    }

    private static boolean blank(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** JSON (array or one object) or NDJSON through Jackson; {@code lineOffset} lines precede the body's first. */
    private void readJson(InputStream body, UsageFormat format, Consumer<UsageEventRepository.StoredEvent> valid,
                          long lineOffset) throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // an empty body holds no events
            }
            boolean array = format == UsageFormat.JSON && first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            boolean single = format == UsageFormat.JSON && !array;
            while (token != null && token != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr() + lineOffset;
                String prefix = single ? "" : "[" + position + "].";
                Long row = format == UsageFormat.NDJSON ? line : null;
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    reject(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1), row, null,
                            parser.getText(), "must be a JSON object (an event)");
                } else {
                    readEvent(parser);
                    validate(prefix, row, valid);
                }
                position++;
                token = parser.nextToken();
                if (single && token != null) {
                    error(null, parser.currentTokenLocation().getLineNr() + lineOffset, null, null,
                            "a JSON body holds one event object or an array of events; use application/x-ndjson for a stream of objects");
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + lineOffset;
            long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            error(null, line, null, null, "malformed JSON at line " + line + ", column " + column + ": "
                    + e.getOriginalMessage() + "; nothing after it was read");
        }
    }

    private void readCsv(InputStream body, Consumer<UsageEventRepository.StoredEvent> valid) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8);
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
            if (!rows.hasNextValue()) {
                return;
            }
            String[] header = rows.nextValue();
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            for (String required : FIELDS.subList(0, 6)) {
                if (!List.of(header).contains(required)) {
                    error(null, 1L, required, null, "the header must name the column " + required
                            + " (columns: " + String.join(", ", FIELDS) + ")");
                }
            }
            if (errors.any()) {
                return;
            }
            long row = 1;
            while (rows.hasNextValue()) {
                String[] values = rows.nextValue();
                row++;
                if (values.length == 1 && values[0].isEmpty()) {
                    continue; // a blank line
                }
                fields.clear();
                copied = null;
                long rowNumber = row;
                boolean ok = true;
                for (int i = 0; i < header.length && i < values.length; i++) {
                    String value = values[i];
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (header[i].equals("attributes")) {
                        try (JsonParser cell = JSON.getFactory().createParser(value)) {
                            if (cell.nextToken() == JsonToken.START_OBJECT) {
                                copied = attributes.copy(cell);
                                cell.nextToken(); // a cell holding more than the object is malformed
                            } else {
                                fields.set(Fields.ATTRIBUTES, JSON.readTree(value)); // not an object: reported by validate
                            }
                        } catch (JsonProcessingException e) {
                            reject(null, rowNumber, "attributes", value, "must be a JSON object");
                            ok = false;
                        }
                    } else if (Fields.index(header[i]) >= 0) {
                        fields.set(Fields.index(header[i]), TextNode.valueOf(value));
                    }
                }
                if (ok) {
                    validate(null, rowNumber, valid);
                }
                position++;
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            error(null, line, null, null, "malformed CSV: " + e.getOriginalMessage() + "; nothing after it was read");
        }
    }

    /**
     * Reads one event object field by field (the parser is on its START_OBJECT), without building a tree for the
     * whole event: only {@code attributes} and values of an unexpected type become trees. A repeated field keeps its
     * last value and unknown fields are skipped, as reading the object as a tree did.
     */
    private void readEvent(JsonParser parser) throws IOException {
        fields.clear();
        copied = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            int field = Fields.index(parser.currentName());
            JsonToken value = parser.nextToken();
            if (field < 0) {
                parser.skipChildren();
            } else if (value == JsonToken.START_OBJECT && field == Fields.ATTRIBUTES) {
                fields.set(field, null); // a repeated field keeps its last value
                copied = attributes.copy(parser);
            } else if (value == JsonToken.VALUE_STRING) {
                fields.set(field, TextNode.valueOf(parser.getText()));
            } else if (value == JsonToken.VALUE_NULL) {
                fields.set(field, NullNode.instance);
            } else {
                fields.set(field, JSON.readTree(parser));
            }
        }
    }

    /**
     * The known fields of the event being read, each as a tree node (attributes objects are copied as they are read,
     * see {@link UsageAttributes}). One instance per request, cleared for every event.
     */
    private static final class Fields {

        static final int ATTRIBUTES = 6;

        private final JsonNode[] values = new JsonNode[FIELDS.size()];

        /** The field's position in {@link #FIELDS}, -1 for a field events do not have. */
        static int index(String field) {
            return switch (field) {
                case "eventId" -> 0;
                case "businessUnit" -> 1;
                case "useCase" -> 2;
                case "product" -> 3;
                case "quantity" -> 4;
                case "occurredAt" -> 5;
                case "attributes" -> ATTRIBUTES;
                default -> -1;
            };
        }

        JsonNode get(int index) {
            return values[index];
        }

        void set(int index, JsonNode value) {
            values[index] = value;
        }

        void clear() {
            Arrays.fill(values, null);
        }
    }

    /** Checks one event; a valid one goes to {@code valid}, an invalid one records every problem it has. */
    private void validate(String prefix, Long row, Consumer<UsageEventRepository.StoredEvent> valid) {
        Fields event = fields;
        long before = errors.total();
        String eventId = text(event, 0, 200, prefix, row);
        String businessUnit = text(event, 1, 100, prefix, row);
        String useCase = text(event, 2, 100, prefix, row);
        String product = text(event, 3, 100, prefix, row);
        String quantityText = quantity(event, prefix, row);
        String occurredAtText = occurredAt(event, prefix, row);
        JsonNode notAnObject = event.get(Fields.ATTRIBUTES);
        UsageAttributes.Copied attributes = null;
        if (notAnObject != null && !notAnObject.isNull()) {
            problem(prefix, row, "attributes", notAnObject.toString(), "must be a JSON object when present");
        } else if (notAnObject == null && copied != null) {
            attributes = copied;
            if (attributes.problem() != null) {
                problem(prefix, row, "attributes", null, attributes.problem());
            }
        }
        if (errors.total() > before) {
            errors.countRejectedEvent();
            return;
        }
        // Requests repeat a few business units, use cases, products and quantities: one instance of each is held
        // (a request of thousands of events is held until stored) and its String hash is computed once for the rollup.
        businessUnit = shared(businessUnit);
        useCase = shared(useCase);
        product = shared(product);
        quantityText = shared(quantityText);
        valid.accept(new UsageEventRepository.StoredEvent(position, eventId, businessUnit, useCase, product,
                quantityText, occurredAtText, BinaryCopy.micros(occurredAtText), attributes == null ? null : attributes.json(),
                attributes == null ? null : attributes.tokensIn(), attributes == null ? null : attributes.tokensOut()));
    }

    private String text(Fields event, int index, int maxLength, String prefix, Long row) {
        String field = FIELDS.get(index);
        JsonNode node = event.get(index);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            problem(prefix, row, field, null, "is required");
            return null;
        }
        if (!node.isTextual()) {
            problem(prefix, row, field, node.toString(), "must be a string");
            return null;
        }
        if (node.asText().length() > maxLength) {
            problem(prefix, row, field, node.asText().substring(0, 40) + "...", "must be at most " + maxLength + " characters");
            return null;
        }
        if (node.asText().indexOf('\u0000') >= 0) {
            problem(prefix, row, field, node.asText().replace("\u0000", "\\u0000"), "must not hold the character \\u0000, which a database text cannot");
            return null;
        }
        return node.asText();
    }

    /** The quantity as stored and compared: plain notation without trailing zeros. */
    private String quantity(Fields event, String prefix, Long row) {
        JsonNode node = event.get(4);
        if (node == null || node.isNull()) {
            problem(prefix, row, "quantity", null, "is required");
            return null;
        }
        if ((node.isInt() || node.isLong()) && node.longValue() > 0) {
            return Long.toString(node.longValue()); // the usual whole count: already in canonical form
        }
        BigDecimal quantity;
        if (node.isNumber()) {
            quantity = node.decimalValue();
        } else {
            try {
                quantity = new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                problem(prefix, row, "quantity", node.asText(), "must be a decimal number");
                return null;
            }
        }
        if (quantity.signum() <= 0) {
            problem(prefix, row, "quantity", quantity.toPlainString(), "must be greater than 0");
            return null;
        }
        return quantity.stripTrailingZeros().toPlainString();
    }

    /** The instant as stored and compared: ISO 8601 in UTC ({@link java.time.Instant#toString()}). */
    private String occurredAt(Fields event, String prefix, Long row) {
        JsonNode node = event.get(5);
        if (node == null || node.isNull() || node.asText().isBlank()) {
            problem(prefix, row, "occurredAt", null, "is required");
            return null;
        }
        if (UsageTimestamps.isCanonicalUtc(node.asText())) {
            return node.asText(); // the usual "2026-10-01T09:30:00Z": valid and already what Instant prints
        }
        try {
            OffsetDateTime occurredAt = OffsetDateTime.parse(node.asText().trim());
            int year = occurredAt.toInstant().atOffset(java.time.ZoneOffset.UTC).getYear();
            if (year < 1000 || year > 9999) {
                problem(prefix, row, "occurredAt", node.asText(), "must be in the years 1000 to 9999");
                return null;
            }
            return occurredAt.toInstant().toString();
        } catch (DateTimeParseException e) {
            problem(prefix, row, "occurredAt", node.asText(), "must be an ISO 8601 date-time with offset, e.g. 2026-10-01T09:30:00Z");
            return null;
        }
    }

    private void problem(String prefix, Long row, String field, String value, String message) {
        if (prefix == null) {
            errors.add(ProblemError.cell(row, field, value, message)); // CSV: row and column
        } else {
            errors.add(new ProblemError(prefix + field, row, null, value, message));
        }
    }

    private void reject(String field, Long row, String column, String value, String message) {
        errors.add(new ProblemError(field, row, column, value, message));
        errors.countRejectedEvent();
    }

    private void error(String field, Long row, String column, String value, String message) {
        errors.add(new ProblemError(field, row, column, value, message));
        errors.markUnreadable();
    }
}
