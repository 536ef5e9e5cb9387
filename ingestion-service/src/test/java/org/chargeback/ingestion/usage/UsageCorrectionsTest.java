package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

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
class UsageCorrectionsTest extends WithEmbeddedPostgres {

    private static String event(String id, String bu, String product, String quantity, String occurredAt) {
        return "{\"eventId\": \"" + id + "\", \"businessUnit\": \"" + bu + "\", \"useCase\": \"bot\", \"product\": \""
                + product + "\", \"quantity\": " + quantity + ", \"occurredAt\": \"" + occurredAt + "\"}\n";
    }

    private static void post(String ndjson, int accepted) {
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(ndjson)).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(accepted));
    }

    @Test
    void shouldExcludeARetractedEventFromSummariesButKeepIt() {
        post(event("c1-a", "support", "p", "2", "2034-01-01T00:00:00Z") + event("c1-b", "support", "p", "3", "2034-01-01T00:00:00Z"), 2);
        given().contentType("application/json").body("{\"reason\": \"test traffic\"}")
                .when().post("/v1/usage-events/c1-a/retractions")
                .then().statusCode(201).body("eventId", equalTo("c1-a")).body("reason", equalTo("test traffic"))
                .body("quantity", decimal("2"));
        given().contentType("application/json").body("{\"reason\": \"again\"}")
                .when().post("/v1/usage-events/c1-a/retractions")
                .then().statusCode(200).body("reason", equalTo("test traffic"));
        given().queryParam("month", "2034-01").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(1)).body("totals.quantity", decimal("3"));
        // kept: sending it again is a duplicate, not a new event
        post(event("c1-a", "support", "p", "2", "2034-01-01T00:00:00Z"), 0);
        given().queryParam("month", "2034-01").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(1));

        given().contentType("application/json").body("{\"reason\": \"x\"}").when().post("/v1/usage-events/nope/retractions")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body("{}").when().post("/v1/usage-events/c1-b/retractions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("reason"));
    }

    @Test
    void shouldAcceptEventsOfAClosedMonthAndListThemAsLate() {
        post(event("c2-a", "support", "p", "1", "2034-02-10T00:00:00Z"), 1);
        given().when().put("/v1/usage/closed-months/2034-02").then().statusCode(201).body("month", equalTo("2034-02"));
        given().when().put("/v1/usage/closed-months/2034-02").then().statusCode(200);
        given().contentType("application/x-ndjson")
                .body(UsageFormatsTest.bytes(event("c2-b", "support", "p", "4", "2034-02-28T23:00:00Z")
                        + event("c2-c", "support", "p", "1", "2034-03-01T00:00:00Z")))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(2)).body("late", equalTo(1));
        given().queryParam("month", "2034-02").when().get("/v1/usage/late")
                .then().statusCode(200).body("events", hasSize(1)).body("events[0].eventId", equalTo("c2-b"))
                .body("totals.quantity", decimal("4")).body("truncated", equalTo(false));
        // late events count in the month's summary too
        given().queryParam("month", "2034-02").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(2));
        given().queryParam("month", "2034-03").when().get("/v1/usage/late")
                .then().statusCode(200).body("events", hasSize(0));
        given().when().put("/v1/usage/closed-months/Feb").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldFlagUsageOfAProductPricingDoesNotKnowAsUnmatched() {
        post(event("c3-a", "support", "support-resolution", "5", "2034-04-01T00:00:00Z")
                + event("c3-b", "brand-new-bu", "voice-minute", "7", "2034-04-02T00:00:00Z"), 2);
        given().queryParam("month", "2034-04").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("totals.eventCount", equalTo(2))
                .body("productsChecked", equalTo(true))
                .body("unmatched", hasSize(1))
                .body("unmatched[0].dimension", equalTo("product"))
                .body("unmatched[0].value", equalTo("voice-minute"))
                .body("unmatched[0].quantity", decimal("7"));
    }

    @Test
    void shouldCountOnceWhenParallelClientsStreamOverlappingEventsInDifferentFormats() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            ids.add("c4-" + i);
        }
        ExecutorService clients = Executors.newFixedThreadPool(6);
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int client = 0; client < 6; client++) {
            List<String> window = new ArrayList<>(ids.subList(client * 200, client * 200 + 1000));
            java.util.Collections.shuffle(window, new java.util.Random(client));
            boolean csv = client % 2 == 0;
            StringBuilder body = new StringBuilder(csv ? "eventId,businessUnit,useCase,product,quantity,occurredAt\n" : "");
            for (String id : window) {
                body.append(csv ? id + ",support,bot,p,1.5,2034-05-01T00:00:00Z\n"
                        : event(id, "support", "p", "1.50", "2034-05-01T00:00:00Z"));
            }
            accepted.add(clients.submit(() -> given().contentType(csv ? "text/csv" : "application/x-ndjson")
                    .body(UsageFormatsTest.bytes(body.toString())).when().post("/v1/usage-events")
                    .then().statusCode(200).extract().<Integer>path("accepted")));
        }
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        clients.shutdown();
        assertThat(total).isEqualTo(2000);
        given().queryParam("month", "2034-05").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(2000)).body("totals.quantity", decimal("3000"));
    }

    /**
     * A request too large to hold goes through the staging table, smaller ones are stored directly: both claim ids in
     * the same order in the same key table, so overlapping requests of both kinds neither double count nor deadlock.
     */
    @Test
    void shouldCountOnceWhenStagedAndDirectRequestsOverlap() throws Exception {
        int distinct = UsageEventService.DIRECT_EVENTS + 2_000;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            ids.add("c5-" + i);
        }
        List<List<String>> requests = new ArrayList<>();
        requests.add(new ArrayList<>(ids)); // every event: staged
        requests.add(new ArrayList<>(ids.subList(distinct - UsageEventService.DIRECT_EVENTS - 500, distinct - 500)));
        for (int client = 0; client < 4; client++) {
            requests.add(new ArrayList<>(ids.subList(client * 2_500, client * 2_500 + 3_000))); // direct
        }
        ExecutorService clients = Executors.newFixedThreadPool(requests.size());
        List<Future<Integer>> accepted = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            List<String> window = requests.get(r);
            java.util.Collections.shuffle(window, new java.util.Random(r));
            StringBuilder body = new StringBuilder();
            for (String id : window) {
                body.append(event(id, "support", "p", "2", "2034-06-01T00:00:00Z"));
            }
            accepted.add(clients.submit(() -> given().contentType("application/x-ndjson")
                    .body(UsageFormatsTest.bytes(body.toString())).when().post("/v1/usage-events")
                    .then().statusCode(200).extract().<Integer>path("accepted")));
        }
        int total = 0;
        for (Future<Integer> f : accepted) {
            total += f.get();
        }
        clients.shutdown();
        assertThat(total).isEqualTo(distinct);
        given().queryParam("month", "2034-06").when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(distinct))
                .body("totals.quantity", decimal(Integer.toString(2 * distinct)));
    }
}
