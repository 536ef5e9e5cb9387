package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonParser;
import org.chargeback.ingestion.shared.BinaryCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import static org.assertj.core.api.Assertions.assertThat;

class UsageEventReaderTest {

    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static UsageAttributes.Copied copy(String attributes) throws Exception {
        try (JsonParser parser = EXACT.getFactory().createParser(attributes)) {
            parser.nextToken();
            UsageAttributes.Copied copied = new UsageAttributes().copy(parser);
            assertThat(parser.nextToken()).as("the parser stops after the object").isNull();
            return copied;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"model\":\"gpt-4o-mini\",\"channel\":\"chat\",\"tokensIn\":1200,\"tokensOut\":340}",
            "{\"b\":1.0,\"a\":-0.0,\"c\":1e10,\"d\":12345678901234567890123,\"e\":3000000000,\"f\":0.1}",
            "{ \"z\" : {\"y\":[3,{\"q\":null,\"p\":true}],\"x\":false},\n \"a\":[ ], \"b\": [[],{}] }",
            "{\"é\":\"ü\\n\\t\\\"\\\\/\\u001f\",\"E\":\"\\ud83d\\ude00\",\"e\":\"\"}",
            "{\"dup\":1,\"dup\":2,\"b\":[1.5e-7,2.50,-3]}"})
    void shouldCopyAttributesAsCompactJsonOfTheSameValue(String attributes) throws Exception {
        UsageAttributes.Copied copied = copy(attributes);

        assertThat(copied.problem()).isNull();
        assertThat(copied.json()).doesNotContain(" ", "\n");
        assertThat(EXACT.readTree(copied.json())).isEqualTo(EXACT.readTree(attributes));
    }

    @Test
    void shouldPickTheTokenCountsAsWrittenLastOneWinning() throws Exception {
        UsageAttributes.Copied copied = copy("{\"tokensIn\":5,\"nested\":{\"tokensIn\":7},\"tokensIn\":1.50e3,"
                + "\"tokensOut\":[1],\"x\":{\"tokensOut\":2}}");

        assertThat(copied.tokensIn()).isEqualByComparingTo("1500").hasToString("1.50E+3");
        assertThat(copied.tokensOut()).isNull(); // an array is not a count
        assertThat(copy("{\"tokensIn\":-1,\"tokensOut\":\"12\"}").tokensIn()).isNull();
        assertThat(copy("{\"tokensIn\":-1,\"tokensOut\":\"12\"}").tokensOut()).isNull();
        assertThat(copy("{\"tokensOut\":0}").tokensOut()).isZero();
        assertThat(copy("{\"tokensIn\":5,\"x\":{\"tokensIn\":7,\"y\":[]}}").tokensIn()).isEqualByComparingTo("5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\\u0000y\"}", "{\"a\\u0000\":1}", "{\"a\":\"\\ud83d\"}",
            "{\"a\":1e200000}", "{\"a\":[1e-20000]}"})
    void shouldReportWhatPostgresWouldRefuse(String attributes) throws Exception {
        UsageAttributes.Copied copied = copy(attributes);

        assertThat(copied.problem()).isNotBlank();
        assertThat(copied.json()).isNull();
    }

    @Test
    void shouldCountDaysAsLocalDateDoesForEveryDateAnEventMayName() {
        for (LocalDate date = LocalDate.of(1000, 1, 1); date.getYear() < 10_000; date = date.plusDays(1)) {
            if (BinaryCopy.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()) != date.toEpochDay()) {
                assertThat(BinaryCopy.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                        .as(date.toString()).isEqualTo(date.toEpochDay());
            }
        }
    }

    @Test
    void shouldTellTheSameAttributesAsJsonbDoes() {
        assertThat(UsageAttributes.same(null, null)).isTrue();
        assertThat(UsageAttributes.same("{\"a\":1,\"b\":[1,2]}", "{\"b\":[1.0,2],\"a\":1e0}")).isTrue();
        assertThat(UsageAttributes.same("{\"a\":1}", null)).isFalse();
        assertThat(UsageAttributes.same("{\"a\":1}", "{\"a\":\"1\"}")).isFalse();
        assertThat(UsageAttributes.same("{\"b\":[1,2]}", "{\"b\":[2,1]}")).isFalse();
        assertThat(UsageAttributes.same("{\"a\":1}", "{\"a\":1,\"b\":null}")).isFalse();
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
