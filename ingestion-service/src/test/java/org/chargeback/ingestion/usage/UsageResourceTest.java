package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@io.quarkus.test.common.QuarkusTestResource(StubPricing.class)
class UsageResourceTest extends WithEmbeddedPostgres {

    private static String event(String id, String bu, String product, String quantity, String occurredAt) {
        return """
                {"eventId": "%s", "businessUnit": "%s", "useCase": "support-bot", "product": "%s",
                 "quantity": %s, "occurredAt": "%s", "attributes": {"model": "m1", "channel": "chat"}}"""
                .formatted(id, bu, product, quantity, occurredAt);
    }

    private static String array(List<String> events) {
        return "[" + String.join(",", events) + "]";
    }

    @Test
    void shouldCountEachEventOnceAndSumPerBusinessUnitAndProduct() {
        String body = array(List.of(
                event("u1-a", "support", "support-resolution", "1", "2032-01-05T10:00:00Z"),
                event("u1-b", "support", "support-resolution", "2.5", "2032-01-31T23:59:59-01:00"), // Feb 1st in UTC
                event("u1-c", "legal", "document-summary", "3", "2032-01-06T00:00:00+02:00")));
        given().contentType("application/json").body(body).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(3)).body("duplicates", equalTo(0));
        given().contentType("application/json").body(body).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(3));

        given().queryParam("month", "2032-01").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("groups", hasSize(2))
                .body("groups[0].dimensions.businessUnit", equalTo("legal"))
                .body("groups[0].quantity", decimal("3"))
                .body("groups[1].dimensions.businessUnit", equalTo("support"))
                .body("groups[1].quantity", decimal("1"))
                .body("totals.eventCount", equalTo(2));
    }

    @Test
    void shouldRefuseAReusedIdWithOtherContentAndStoreNothingOfTheRequest() {
        given().contentType("application/json").body(array(List.of(event("u2-a", "support", "p", "1", "2032-05-01T00:00:00Z"))))
                .when().post("/v1/usage-events").then().statusCode(200);
        String body = array(List.of(
                event("u2-new", "support", "p", "1", "2032-05-02T00:00:00Z"),
                event("u2-a", "support", "p", "5", "2032-05-01T00:00:00Z")));
        given().contentType("application/json").body(body).when().post("/v1/usage-events")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[1].eventId")).body("errors[0].value", equalTo("u2-a"));
        given().queryParam("month", "2032-05").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(1));
    }

    /**
     * A re-sent event is the stored one when it says the same thing, however it is written: attributes keys in
     * another order, 1.0 for 1, the instant with another offset. A changed attribute is another event (409), whether
     * the request is held in memory or streamed through the staging table.
     */
    @Test
    void shouldTellAReSentEventFromAnotherByWhatItSaysNotHowItIsWritten() {
        String stored = """
                {"eventId": "u3-a", "businessUnit": "support", "useCase": "bot", "product": "p", "quantity": 2,
                 "occurredAt": "2032-06-01T10:00:00Z", "attributes": {"model": "m1", "tokensIn": 1.0, "tags": ["x", "y"]}}""";
        given().contentType("application/json").body(stored).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(1));
        String reWritten = """
                {"occurredAt": "2032-06-01T12:00:00+02:00", "attributes": {"tags": ["x", "y"], "tokensIn": 1, "model": "m1"},
                 "quantity": "2.00", "product": "p", "useCase": "bot", "businessUnit": "support", "eventId": "u3-a"}""";
        given().contentType("application/json").body(reWritten).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(1));
        String changed = reWritten.replace("\"m1\"", "\"m2\"");
        given().contentType("application/json").body(changed).when().post("/v1/usage-events")
                .then().statusCode(409).body("errors[0].value", equalTo("u3-a"));

        // the same through the staging table: more events than a request holds in memory
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < UsageEventService.DIRECT_EVENTS + 5; i++) {
            large.append("{\"eventId\": \"u3-s").append(i).append("\", \"businessUnit\": \"support\", \"useCase\": \"bot\",")
                    .append(" \"product\": \"p\", \"quantity\": 1, \"occurredAt\": \"2032-06-02T10:00:00Z\"}\n");
        }
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(large + reWritten.replace("\n", " ") + "\n"))
                .when().post("/v1/usage-events").then().statusCode(200)
                .body("accepted", equalTo(UsageEventService.DIRECT_EVENTS + 5)).body("duplicates", equalTo(1));
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(large + changed.replace("\n", " ") + "\n"))
                .when().post("/v1/usage-events").then().statusCode(409)
                .body("totalErrors", equalTo(1)).body("errors[0].value", equalTo("u3-a"));
        given().queryParam("month", "2032-06").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(UsageEventService.DIRECT_EVENTS + 6));
    }

    /** Text PostgreSQL cannot store (the NUL character) is the producer's mistake: a 400 naming it, not a 500. */
    @Test
    void shouldRefuseTheNulCharacterAsTheEventsProblem() {
        given().contentType("application/json")
                .body(array(List.of(event("u4-\\u0000", "support", "p", "1", "2032-07-01T00:00:00Z"))))
                .when().post("/v1/usage-events").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].eventId"));
        given().contentType("application/json")
                .body("""
                        [{"eventId": "u4-b", "businessUnit": "support", "useCase": "bot", "product": "p", "quantity": 1,
                          "occurredAt": "2032-07-01T00:00:00Z", "attributes": {"note": "a\\u0000b"}}]""")
                .when().post("/v1/usage-events").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[0].attributes"));
        given().queryParam("month", "2032-07").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(0));
    }

    @Test
    void shouldStoreAnEventOfTheLastMonthAnEventMayNameAndRefuseTheYearAfter() {
        // December 9999 once answered 500: its partition's end, January 10000, is not a date PostgreSQL reads.
        given().contentType("application/json")
                .body(array(List.of(event("u9-a", "support", "p", "1", "9999-12-31T23:59:59Z"))))
                .when().post("/v1/usage-events").then().statusCode(200).body("accepted", equalTo(1));
        given().when().get("/v1/usage/summary?month=9999-12").then().statusCode(200)
                .body("totals.eventCount", equalTo(1));
        given().contentType("application/json")
                .body(array(List.of(event("u9-b", "support", "p", "1", "+10000-01-01T00:00:00Z"))))
                .when().post("/v1/usage-events").then().statusCode(400);
    }

    @Test
    void shouldRejectAnInvalidEventNamingItsPositionAndStoreNothing() {
        String body = array(List.of(
                event("u3-a", "support", "p", "1", "2032-03-01T00:00:00Z"),
                event("u3-b", "support", "p", "-2", "2032-03-01T00:00:00Z")));
        given().contentType("application/json").body(body).when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[1].quantity"));
        given().contentType("application/json").body("[{\"eventId\": \"u3-c\", \"occurredAt\": \"yesterday\"}]")
                .when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("[0].businessUnit", "[0].occurredAt"));
        given().queryParam("month", "2032-03").when().get("/v1/usage/summary")
                .then().statusCode(200).body("groups", hasSize(0)).body("totals.eventCount", equalTo(0));
    }

    @Test
    void shouldNeverDoubleCountWhenParallelClientsSendOverlappingEvents() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(event("u4-" + i, "support", "p", "1", "2032-04-01T00:00:00Z"));
        }
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int client = 0; client < 4; client++) {
            // Each client sends an overlapping window of the same events, in its own order.
            List<String> window = new ArrayList<>(events.subList(client * 50, client * 50 + 150));
            java.util.Collections.shuffle(window, new java.util.Random(client));
            accepted.add(clients.submit(() -> given().contentType("application/json").body(array(window))
                    .when().post("/v1/usage-events").then().statusCode(200).extract().<Integer>path("accepted")));
        }
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        clients.shutdown();
        assertThat(total).isEqualTo(300);
        given().queryParam("month", "2032-04").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(300));
    }

    @Test
    void shouldRejectABadMonthNamingTheParameter() {
        given().queryParam("month", "April").when().get("/v1/usage/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("month"));
    }
}
