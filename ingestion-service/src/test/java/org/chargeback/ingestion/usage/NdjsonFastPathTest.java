package org.chargeback.ingestion.usage;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The NDJSON fast path must read every body exactly as Jackson's path does: the same events (attributes the same as
 * jsonb), the same problems with the same lines, whether a line is of the simple shape or hands the rest over.
 */
class NdjsonFastPathTest {

    private static final String GOOD = "{\"eventId\":\"e-%d\",\"businessUnit\":\"support\",\"useCase\":\"bot\","
            + "\"product\":\"resolution\",\"quantity\":1,\"occurredAt\":\"2026-10-01T09:30:00Z\","
            + "\"attributes\":{\"model\":\"m1\",\"tokensIn\":1200,\"tokensOut\":340}}";

    private record Read(List<UsageEventRepository.StoredEvent> events, List<String> errors, long total, long rejected,
                        boolean unreadable, long eventsRead, long fastEvents) {
    }

    private static Read read(String body, boolean fast) {
        UsageErrors errors = new UsageErrors(UsageEventService.MAX_REPORTED_ERRORS);
        UsageEventReader reader = new UsageEventReader(errors, fast);
        List<UsageEventRepository.StoredEvent> events = new ArrayList<>();
        reader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), UsageFormat.NDJSON, events::add);
        return new Read(events, errors.kept().stream().map(Object::toString).toList(), errors.total(),
                errors.rejectedEvents(), errors.unreadable(), reader.eventsRead(), reader.fastEvents);
    }

    /** Answers how many events the fast path read itself. */
    private static long assertSameAsJackson(String body) {
        Read fast = read(body, true);
        Read jackson = read(body, false);
        assertThat(fast.errors()).as(body).isEqualTo(jackson.errors());
        assertThat(List.of(fast.total(), fast.rejected(), fast.eventsRead()))
                .as(body).isEqualTo(List.of(jackson.total(), jackson.rejected(), jackson.eventsRead()));
        assertThat(fast.unreadable()).as(body).isEqualTo(jackson.unreadable());
        assertThat(fast.events()).as(body).hasSameSizeAs(jackson.events());
        for (int i = 0; i < fast.events().size(); i++) {
            UsageEventRepository.StoredEvent a = fast.events().get(i);
            UsageEventRepository.StoredEvent b = jackson.events().get(i);
            assertThat(UsageAttributes.same(a.attributes(), b.attributes())).as(body + "\n" + a + "\n" + b).isTrue();
            assertThat(withoutAttributes(a)).as(body).isEqualTo(withoutAttributes(b));
        }
        return fast.fastEvents();
    }

    private static UsageEventRepository.StoredEvent withoutAttributes(UsageEventRepository.StoredEvent e) {
        return new UsageEventRepository.StoredEvent(e.position(), e.eventId(), e.businessUnit(), e.useCase(),
                e.product(), e.quantity(), e.occurredAt(), e.micros(), null, e.tokensIn(), e.tokensOut());
    }

    @Test
    void shouldTakeTheUsualLineItselfAndReadItAsJacksonDoes() {
        String body = GOOD.formatted(1) + "\n" + GOOD.formatted(2) + "\n";
        assertSameAsJackson(body);
        Read fast = read(body, true);
        assertThat(fast.events()).hasSize(2);
        assertThat(fast.events().get(0).attributes()).isEqualTo("{\"model\":\"m1\",\"tokensIn\":1200,\"tokensOut\":340}");
        assertThat(fast.events().get(1).tokensIn()).isEqualByComparingTo("1200");
        assertThat(fast.fastEvents()).isEqualTo(2);
    }

    @Test
    void shouldReadTrickyBodiesAsJacksonDoes() {
        String good = GOOD.formatted(7);
        List<String> bodies = List.of(
                "", "\n", "  \r\n\n", good, good + "\r\n" + good.replace("e-7", "e-8") + "\r\n",
                good + "\n\n   \n" + good.replace("e-7", "e-9"),
                "\uFEFF" + good + "\n",
                good.replace("\"quantity\":1", "\"quantity\":1.50"),
                good.replace("\"quantity\":1", "\"quantity\":0.123456789012345678901234"),
                good.replace("\"quantity\":1", "\"quantity\":123456789012345678901"),
                good.replace("\"quantity\":1", "\"quantity\":0"),
                good.replace("\"quantity\":1", "\"quantity\":-1"),
                good.replace("\"quantity\":1", "\"quantity\":1e3"),
                good.replace("\"quantity\":1", "\"quantity\":01"),
                good.replace("\"quantity\":1", "\"quantity\":1."),
                good.replace("\"quantity\":1", "\"quantity\":\"2.5\""),
                good.replace("\"quantity\":1", "\"quantity\":true"),
                good.replace("\"quantity\":1", "\"quantity\":null"),
                good.replace("\"eventId\":\"e-7\"", "\"eventId\":7"),
                good.replace("\"eventId\":\"e-7\"", "\"eventId\":\"e-\\u00e9\""),
                good.replace("\"eventId\":\"e-7\"", "\"eventId\":\"e-\\u0000\""),
                good.replace("\"eventId\":\"e-7\"", "\"eventId\":\"café\""),
                good.replace("\"eventId\":\"e-7\"", "\"eventId\":\"\""),
                good.replace("\"eventId\":\"e-7\",", ""),
                good.replace("\"eventId\":\"e-7\",", "\"eventId\":\"a\",\"eventId\":\"b\","),
                good.replace("\"eventId\":\"e-7\",", "\"eventId\":\"e-7\",\"unknown\":{\"x\":[1,2]},"),
                good.replace("2026-10-01T09:30:00Z", "2026-10-01T11:30:00.123+02:00"),
                good.replace("2026-10-01T09:30:00Z", "2026-10-01"),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":1.5e3"),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":-5"),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":\"12\""),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":-0.0"),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":1.50,\"tokensIn\":{\"n\":1}"),
                good.replace("\"tokensIn\":1200", "\"tokensIn\":12345678901234567890123"),
                good.replace("\"tokensIn\":1200", "\"nested\":{\"tokensIn\":5},\"tokensIn\":0"),
                good.replace("\"tokensIn\":1200", "\"a\" : [ 1 , { \"b\" : null } , true , false , \"x\" ] , \"e\":{}"),
                good.replace("\"tokensIn\":1200", "\"note\":\"a\\u0000b\""),
                good.replace("\"tokensIn\":1200", "\"note\":\"\\ud83d\""),
                good.replace("\"tokensIn\":1200", "\"big\":1e200000"),
                good.replace("\"tokensIn\":1200", "\"x\":" + "[".repeat(40) + "]".repeat(40)),
                good.replace("\"tokensIn\":1200", "\"x\":tru"),
                good.replace("\"tokensIn\":1200", "\"x\":[1,]"),
                good.replace("\"attributes\":{", "\"attributes\":null,\"x\":{"),
                good.replace("\"attributes\":{", "\"attributes\":[1],\"x\":{"),
                good.replace("\"attributes\":{", "\"attributes\":\"{}\",\"x\":{"),
                good + " " + good.replace("e-7", "e-10"),
                good + "\n" + good.replace("e-7", "e-11").replace(",", ",\n  ") + "\n" + good.replace("e-7", "e-12"),
                good + "\n{\"eventId\": \"x\",\n",
                good + "\n{\"a\" 1}\n" + good.replace("e-7", "e-13"),
                good + "\n[1]\n5\n\"x\"\n" + good.replace("e-7", "e-14"),
                good + "\n" + good.replace("e-7", "e-15") + "garbage",
                good.replace("\"tokensIn\":1200", "\"long\":\"" + "x".repeat(1_100_000) + "\"") + "\n" + good);
        for (String body : bodies) {
            assertSameAsJackson(body);
        }
    }

    @Test
    void shouldReadRandomBodiesAsJacksonDoes() {
        Random random = new Random(20261125);
        String[] ids = {"\"e-%d\"", "\"e-%d\\n\"", "%d", "null", "\"\""};
        String[] units = {"\"support\"", "\"legal\"", "\"sales \"", "\"caf\u00e9\"", "\"\"", "3", "null"};
        String[] quantities = {"1", "2", "1.5", "0.001", "100.00", "0", "-2", "1e2", "\"3\"", "\"x\"", "true", "99999999999999999999"};
        String[] times = {"\"2026-10-01T09:30:00Z\"", "\"2026-10-31T23:59:59Z\"", "\"2026-10-01T09:30:00+05:30\"",
                "\"2026-10-01T09:30:00.5Z\"", "\"2026-02-30T00:00:00Z\"", "\"yesterday\"", "12"};
        String[] attributes = {"{}", "{\"tokensIn\":5}", "{\"tokensIn\":5,\"tokensOut\":7.25}", "{\"model\":\"m\",\"tokensOut\":-1}",
                "{\"a\":{\"b\":[1,2,{\"c\":\"d\"}]},\"tokensIn\":0}", "{\"s\":\"\\\"q\\\"\"}", "{\"n\":1E5}", "null", "[]", "{\"x\":}"};
        String[] separators = {",", ", ", " ,\t"};
        long events = 0;
        long fast = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder body = new StringBuilder();
            int lines = 1 + random.nextInt(12);
            for (int l = 0; l < lines; l++) {
                if (random.nextInt(15) == 0) {
                    body.append(random.nextBoolean() ? "" : "  ").append(random.nextBoolean() ? "\n" : "\r\n");
                    continue;
                }
                List<String> fields = new ArrayList<>(List.of(
                        "\"eventId\":" + pick(random, ids, 0.9).formatted(random.nextInt(5)),
                        "\"businessUnit\":" + pick(random, units, 0.8),
                        "\"useCase\":\"bot\"", "\"product\":" + pick(random, units, 0.8),
                        "\"quantity\":" + pick(random, quantities, 0.7),
                        "\"occurredAt\":" + pick(random, times, 0.8)));
                if (random.nextBoolean()) {
                    fields.add("\"attributes\":" + pick(random, attributes, 0.7));
                }
                if (random.nextInt(10) == 0) {
                    fields.remove(random.nextInt(fields.size()));
                }
                if (random.nextInt(10) == 0) {
                    java.util.Collections.shuffle(fields, random);
                }
                body.append('{').append(String.join(separators[random.nextInt(separators.length)], fields)).append('}');
                body.append(random.nextInt(20) == 0 ? "\r\n" : "\n");
            }
            if (random.nextInt(4) == 0 && body.length() > 0) {
                body.setLength(body.length() - 1); // no final newline
            }
            fast += assertSameAsJackson(body.toString());
            events += read(body.toString(), false).eventsRead();
        }
        // both paths are exercised: the fast one takes the simple lines, Jackson's the rest of a body after an odd one
        assertThat(fast).isBetween(events / 5, events * 4 / 5);
    }

    /** The first (usual) value with probability {@code usual}, otherwise any of them. */
    private static String pick(Random random, String[] values, double usual) {
        return random.nextDouble() < usual ? values[0] : values[random.nextInt(values.length)];
    }
}
