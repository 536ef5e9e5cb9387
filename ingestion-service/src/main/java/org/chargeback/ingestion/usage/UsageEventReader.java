package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;
import org.chargeback.support.problem.ProblemError;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private final UsageErrors errors;
    private final MessageDigest sha256;
    private final Map<String, String> shared = new HashMap<>();
    private long position;

    UsageEventReader(UsageErrors errors) {
        this.errors = errors;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
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

    /** Events read so far, valid or not. */
    long eventsRead() {
        return position;
    }

    void read(InputStream body, UsageFormat format, Consumer<UsageEventRepository.StoredEvent> valid) {
        try {
            switch (format) {
                case JSON, NDJSON -> readJson(body, format, valid);
                case CSV -> readCsv(body, valid);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the usage events failed", e);
        }
    }

    private void readJson(InputStream body, UsageFormat format, Consumer<UsageEventRepository.StoredEvent> valid)
            throws IOException {
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return; // an empty body holds no events
            }
            boolean array = format == UsageFormat.JSON && first == JsonToken.START_ARRAY;
            JsonToken token = array ? parser.nextToken() : first;
            boolean single = format == UsageFormat.JSON && !array;
            while (token != null && token != JsonToken.END_ARRAY) {
                long line = parser.currentTokenLocation().getLineNr();
                String prefix = single ? "" : "[" + position + "].";
                Long row = format == UsageFormat.NDJSON ? line : null;
                if (token != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    reject(prefix.isEmpty() ? "$" : prefix.substring(0, prefix.length() - 1), row, null,
                            parser.getText(), "must be a JSON object (an event)");
                } else {
                    validate(readEvent(parser), prefix, row, valid);
                }
                position++;
                token = parser.nextToken();
                if (single && token != null) {
                    error(null, (long) parser.currentTokenLocation().getLineNr(), null, null,
                            "a JSON body holds one event object or an array of events; use application/x-ndjson for a stream of objects");
                    return;
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
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
                ObjectNode event = JsonNodeFactory.instance.objectNode();
                long rowNumber = row;
                boolean ok = true;
                for (int i = 0; i < header.length && i < values.length; i++) {
                    String value = values[i];
                    if (value.isEmpty()) {
                        continue;
                    }
                    if (header[i].equals("attributes")) {
                        try {
                            event.set("attributes", JSON.readTree(value));
                        } catch (JsonProcessingException e) {
                            reject(null, rowNumber, "attributes", value, "must be a JSON object");
                            ok = false;
                        }
                    } else {
                        event.put(header[i], value);
                    }
                }
                if (ok) {
                    validate(event, null, rowNumber, valid);
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
    private ObjectNode readEvent(JsonParser parser) throws IOException {
        ObjectNode event = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!FIELDS.contains(field)) {
                parser.skipChildren();
            } else if (value == JsonToken.VALUE_STRING) {
                event.set(field, TextNode.valueOf(parser.getText()));
            } else if (value == JsonToken.VALUE_NULL) {
                event.set(field, NullNode.instance);
            } else {
                event.set(field, JSON.readTree(parser));
            }
        }
        return event;
    }

    /** Checks one event; a valid one goes to {@code valid}, an invalid one records every problem it has. */
    private void validate(JsonNode event, String prefix, Long row, Consumer<UsageEventRepository.StoredEvent> valid) {
        long before = errors.total();
        String eventId = text(event, "eventId", 200, prefix, row);
        String businessUnit = text(event, "businessUnit", 100, prefix, row);
        String useCase = text(event, "useCase", 100, prefix, row);
        String product = text(event, "product", 100, prefix, row);
        String quantityText = quantity(event, prefix, row);
        String occurredAtText = occurredAt(event, prefix, row);
        JsonNode attributes = event.get("attributes");
        if (attributes != null && !attributes.isNull() && !attributes.isObject()) {
            problem(prefix, row, "attributes", attributes.toString(), "must be a JSON object when present");
        }
        if (errors.total() > before) {
            errors.countRejectedEvent();
            return;
        }
        // Requests repeat a few business units, use cases, products and quantities: one instance of each is held
        // (a request of thousands of events is held until stored) and its hash is computed once for the rollup.
        businessUnit = shared(businessUnit);
        useCase = shared(useCase);
        product = shared(product);
        quantityText = shared(quantityText);
        String attributesText = attributes == null || attributes.isNull() ? null : canonical(attributes);
        String content = String.join("\u001f", businessUnit, useCase, product, quantityText, occurredAtText,
                attributesText == null ? "" : attributesText);
        String hash = HexFormat.of().formatHex(sha256.digest(content.getBytes(StandardCharsets.UTF_8)));
        valid.accept(new UsageEventRepository.StoredEvent(position, eventId, businessUnit, useCase, product,
                quantityText, occurredAtText, attributesText, hash,
                attributesText == null ? null : tokens(attributes, "tokensIn"),
                attributesText == null ? null : tokens(attributes, "tokensOut")));
    }

    /**
     * The token count under {@code key} as the SQL function usage_tokens reads it from the stored attributes: a JSON
     * number >= 0 of the canonical text (so the number exactly as {@link #canonical} writes it), otherwise null. The
     * rollup of a request is summed from these, and a retraction subtracts usage_tokens of the stored row, so the two
     * must agree to the last digit (UsageTokensTest compares the rollup with usage_tokens over the stored events).
     */
    static BigDecimal tokens(JsonNode attributes, String key) {
        JsonNode node = attributes.get(key);
        if (node == null || !node.isNumber()) {
            return null;
        }
        BigDecimal value = new BigDecimal(switch (node.numberType()) {
            case INT, LONG -> Long.toString(node.longValue());
            case BIG_INTEGER -> node.bigIntegerValue().toString();
            case FLOAT -> Float.toString(node.floatValue());
            case DOUBLE -> Double.toString(node.doubleValue());
            case BIG_DECIMAL -> node.decimalValue().toString();
        });
        return value.signum() >= 0 ? value : null;
    }

    private String text(JsonNode event, String field, int maxLength, String prefix, Long row) {
        JsonNode node = event.get(field);
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
        return node.asText();
    }

    /** The quantity as stored and hashed: plain notation without trailing zeros. */
    private String quantity(JsonNode event, String prefix, Long row) {
        JsonNode node = event.get("quantity");
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

    /** The instant as stored and hashed: ISO 8601 in UTC ({@link java.time.Instant#toString()}). */
    private String occurredAt(JsonNode event, String prefix, Long row) {
        JsonNode node = event.get("occurredAt");
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

    /**
     * The attributes as compact JSON with the keys of every object sorted, so the content hash does not depend on the
     * order a producer writes keys in. Written straight from the tree: the same text as mapping it to Java maps and
     * writing those with ORDER_MAP_ENTRIES_BY_KEYS (which the stored hashes were made with), without the maps.
     */
    static String canonical(JsonNode attributes) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
            writeCanonical(attributes, json);
        } catch (IOException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
        return text.toString();
    }

    private static void writeCanonical(JsonNode node, JsonGenerator json) throws IOException {
        if (node.isObject()) {
            List<String> keys = new ArrayList<>(node.size());
            node.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            json.writeStartObject();
            for (String key : keys) {
                json.writeFieldName(key);
                writeCanonical(node.get(key), json);
            }
            json.writeEndObject();
        } else if (node.isArray()) {
            json.writeStartArray();
            for (JsonNode element : node) {
                writeCanonical(element, json);
            }
            json.writeEndArray();
        } else if (node.isNumber()) {
            switch (node.numberType()) {
                case INT -> json.writeNumber(node.intValue());
                case LONG -> json.writeNumber(node.longValue());
                case BIG_INTEGER -> json.writeNumber(node.bigIntegerValue());
                case FLOAT -> json.writeNumber(node.floatValue());
                case DOUBLE -> json.writeNumber(node.doubleValue());
                case BIG_DECIMAL -> json.writeNumber(node.decimalValue());
            }
        } else if (node.isTextual()) {
            json.writeString(node.textValue());
        } else if (node.isBoolean()) {
            json.writeBoolean(node.booleanValue());
        } else {
            json.writeNull();
        }
    }
}
