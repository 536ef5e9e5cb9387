package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

class UsageEventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // How content hashes were made before the streaming reader: stored events must keep hashing the same.
    private static final ObjectMapper MAPS_SORTED = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"model\":\"gpt-4o-mini\",\"channel\":\"chat\",\"tokensIn\":1200,\"tokensOut\":340}",
            "{\"b\":1.0,\"a\":-0.0,\"c\":1e10,\"d\":12345678901234567890123,\"e\":3000000000,\"f\":0.1}",
            "{\"z\":{\"y\":[3,{\"q\":null,\"p\":true}],\"x\":false},\"a\":[]}",
            "{\"é\":\"ü\\u0000\\n\\t\\\"\\\\/\",\"E\":\"\\ud83d\\ude00\",\"e\":\"\"}",
            "{\"dup\":1,\"dup\":2,\"b\":[1.5e-7,2.50,-3]}"})
    void shouldWriteAttributesAsTheMapBasedCanonicalFormDid(String attributes) throws Exception {
        var tree = JSON.readTree(attributes);
        String before = MAPS_SORTED.writeValueAsString(MAPS_SORTED.convertValue(tree, Object.class));

        assertThat(UsageEventReader.canonical(tree)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-10-01T09:30:00Z", "2024-02-29T23:59:59Z", "1000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
            "2025-02-29T10:00:00Z", "2026-04-31T10:00:00Z", "2026-13-01T10:00:00Z", "2026-00-10T10:00:00Z",
            "2026-10-00T10:00:00Z", "2026-10-01T24:00:00Z", "2026-10-01T10:60:00Z", "2026-10-01T10:00:60Z",
            "0999-10-01T10:00:00Z", "2026-10-01t10:00:00Z", "2026-10-01T10:00:00z", "2026-1a-01T10:00:00Z",
            "2026-10-01T10:00:00.5Z", "2026-10-01T10:00Z", "2026-10-01T10:00:00+00:00", "2026-10-01 10:00:00Z"})
    void shouldTakeTheShortcutOnlyForTextInstantPrintsAsIs(String text) {
        String parsed;
        try {
            parsed = OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeParseException e) {
            parsed = null;
        }

        assertThat(UsageTimestamps.isCanonicalUtc(text)).isEqualTo(text.equals(parsed) && text.compareTo("1000") >= 0);
    }
}
