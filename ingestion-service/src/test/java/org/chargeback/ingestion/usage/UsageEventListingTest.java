package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Lineage: GET /v1/usage-events lists the stored events of a month, filtered, page by page. */
@QuarkusTest
class UsageEventListingTest extends WithEmbeddedPostgres {

    private static String event(String id, String bu, String product, String occurredAt) {
        return "{\"eventId\": \"" + id + "\", \"businessUnit\": \"" + bu + "\", \"useCase\": \"bot\", \"product\": \""
                + product + "\", \"quantity\": 2, \"occurredAt\": \"" + occurredAt
                + "\", \"attributes\": {\"tokensIn\": 1800, \"channel\": \"chat\"}}\n";
    }

    private static void post(String ndjson, int accepted) {
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(ndjson)).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(accepted));
    }

    /** Every page of a listing, following nextCursor; the ids in the order listed. */
    private static List<String> allPages(Map<String, String> query, int limit, List<Integer> pageSizes) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            JsonPath page = request.when().get("/v1/usage-events").then().statusCode(200).extract().jsonPath();
            List<String> pageIds = page.getList("events.eventId");
            pageSizes.add(pageIds.size());
            ids.addAll(pageIds);
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    @Test
    void shouldListTheMonthsEventsInOrderPageByPageWithoutDuplicatesOrGaps() {
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        // several events share an instant: the eventId breaks the tie, also across a page boundary
        for (int i = 0; i < 20; i++) {
            String bu = i % 3 == 0 ? "legal" : "support";
            String product = i % 2 == 0 ? "document-summary" : "support-resolution";
            String at = "2038-01-" + String.format("%02d", 1 + i / 4) + "T12:00:00Z";
            body.append(event("l1-" + (char) ('t' - i % 4) + i, bu, product, at));
        }
        body.append(event("l1-first", "support", "support-resolution", "2038-01-01T00:00:00Z"));
        body.append(event("l1-last", "support", "support-resolution", "2038-01-31T23:59:59.999999Z"));
        // outside the month in UTC
        body.append(event("l1-dec", "support", "support-resolution", "2037-12-31T23:59:59Z"));
        body.append(event("l1-feb", "support", "support-resolution", "2038-01-31T23:30:00-01:00"));
        post(body.toString(), 24);

        List<Integer> sizes = new ArrayList<>();
        List<String> ids = allPages(Map.of("month", "2038-01"), 7, sizes);
        assertThat(ids).hasSize(22).doesNotHaveDuplicates().doesNotContain("l1-dec", "l1-feb");
        assertThat(ids.get(0)).isEqualTo("l1-first");
        assertThat(ids.get(21)).isEqualTo("l1-last");
        assertThat(sizes).containsExactly(7, 7, 7, 1);
        // a single page with everything lists the same order
        given().queryParam("month", "2038-01").queryParam("limit", 1000).when().get("/v1/usage-events")
                .then().statusCode(200).body("events.eventId", equalTo(ids)).body("nextCursor", nullValue());

        // ordered by occurredAt, then eventId
        JsonPath all = given().queryParam("month", "2038-01").queryParam("limit", 1000).when().get("/v1/usage-events")
                .then().extract().jsonPath();
        List<String> occurred = all.getList("events.occurredAt");
        for (int i = 1; i < ids.size(); i++) {
            int byTime = java.time.Instant.parse(occurred.get(i - 1)).compareTo(java.time.Instant.parse(occurred.get(i)));
            assertThat(byTime < 0 || (byTime == 0 && ids.get(i - 1).compareTo(ids.get(i)) < 0))
                    .as("%s before %s", ids.get(i - 1), ids.get(i)).isTrue();
        }
    }

    @Test
    void shouldResumeAfterTheCursorWhileEventsArrive() {
        post(event("l2-a", "support", "p", "2039-03-01T00:00:00Z") + event("l2-b", "support", "p", "2039-03-02T00:00:00Z")
                + event("l2-c", "support", "p", "2039-03-03T00:00:00Z"), 3);
        JsonPath first = given().queryParam("month", "2039-03").queryParam("limit", 2).when().get("/v1/usage-events")
                .then().statusCode(200).body("events.eventId", equalTo(List.of("l2-a", "l2-b"))).extract().jsonPath();
        // arrives while the client pages: one later than the cursor is listed, one earlier is not (and nothing repeats)
        post(event("l2-late-in-month", "support", "p", "2039-03-04T00:00:00Z")
                + event("l2-early", "support", "p", "2039-03-01T12:00:00Z"), 2);
        given().queryParam("month", "2039-03").queryParam("limit", 2).queryParam("after", first.getString("nextCursor"))
                .when().get("/v1/usage-events")
                .then().statusCode(200)
                .body("events.eventId", equalTo(List.of("l2-c", "l2-late-in-month")))
                .body("nextCursor", nullValue());
    }

    @Test
    void shouldFilterByBusinessUnitUseCaseAndProduct() {
        post(event("l3-a", "legal", "document-summary", "2039-04-01T00:00:00Z")
                + event("l3-b", "support", "document-summary", "2039-04-01T00:00:00Z")
                + event("l3-c", "legal", "support-resolution", "2039-04-02T00:00:00Z")
                + event("l3-d", "legal", "document-summary", "2039-04-03T00:00:00Z")
                + event("l3-e", "legal", "document-summary", "2039-04-04T00:00:00Z"), 5);
        List<Integer> sizes = new ArrayList<>();
        assertThat(allPages(Map.of("month", "2039-04", "businessUnit", "legal", "product", "document-summary"), 2, sizes))
                .containsExactly("l3-a", "l3-d", "l3-e");
        assertThat(sizes).containsExactly(2, 1);
        assertThat(allPages(Map.of("month", "2039-04", "product", "support-resolution"), 100, new ArrayList<>()))
                .containsExactly("l3-c");
        assertThat(allPages(Map.of("month", "2039-04", "businessUnit", "support", "useCase", "bot"), 100, new ArrayList<>()))
                .containsExactly("l3-b");
        assertThat(allPages(Map.of("month", "2039-04", "useCase", "other"), 100, new ArrayList<>())).isEmpty();
        // a blank filter is no filter
        assertThat(allPages(Map.of("month", "2039-04", "businessUnit", ""), 100, new ArrayList<>())).hasSize(5);
    }

    @Test
    void shouldShowEachEventAsStoredWithItsLateAndRetractedFlags() {
        post(event("l4-a", "support", "p", "2039-05-01T09:30:00+02:00") + event("l4-b", "support", "p", "2039-05-02T00:00:00Z"), 2);
        given().contentType("application/json").body("{\"reason\": \"Test traffic from the staging bot\"}")
                .when().post("/v1/usage-events/l4-b/retractions").then().statusCode(201);
        given().when().put("/v1/usage/closed-months/2039-05").then().statusCode(201);
        post("{\"eventId\": \"l4-c\", \"businessUnit\": \"support\", \"useCase\": \"bot\", \"product\": \"p\", "
                + "\"quantity\": 0.5, \"occurredAt\": \"2039-05-03T00:00:00Z\"}", 1);

        given().queryParam("month", "2039-05").when().get("/v1/usage-events")
                .then().statusCode(200)
                .body("month", equalTo("2039-05"))
                .body("events", hasSize(3))
                .body("nextCursor", nullValue())
                .body("events[0].eventId", equalTo("l4-a"))
                .body("events[0].businessUnit", equalTo("support"))
                .body("events[0].useCase", equalTo("bot"))
                .body("events[0].product", equalTo("p"))
                .body("events[0].quantity", decimal("2"))
                .body("events[0].occurredAt", equalTo("2039-05-01T07:30:00Z"))
                .body("events[0].attributes.tokensIn", decimal("1800"))
                .body("events[0].attributes.channel", equalTo("chat"))
                .body("events[0].receivedAt", notNullValue())
                .body("events[0].late", equalTo(false))
                .body("events[0].retracted", equalTo(false))
                .body("events[0].retractionReason", nullValue())
                .body("events[1].eventId", equalTo("l4-b"))
                .body("events[1].retracted", equalTo(true))
                .body("events[1].retractedAt", notNullValue())
                .body("events[1].retractionReason", equalTo("Test traffic from the staging bot"))
                .body("events[2].eventId", equalTo("l4-c"))
                .body("events[2].quantity", decimal("0.5"))
                .body("events[2].attributes", nullValue())
                .body("events[2].late", equalTo(true))
                .body("events[2].retracted", equalTo(false));
    }

    @Test
    void shouldRejectABadMonthLimitOrCursorNamingTheParameter() {
        String otherMonth = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("2039-07-01T00:00:00Z|x".getBytes(StandardCharsets.UTF_8));
        String notACursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("yesterday|x".getBytes(StandardCharsets.UTF_8));
        List<Map<String, String>> bad = List.of(
                Map.of(),
                Map.of("month", "2039-13"),
                Map.of("month", "June"),
                Map.of("month", "2039-06", "limit", "0"),
                Map.of("month", "2039-06", "limit", "1001"),
                Map.of("month", "2039-06", "limit", "ten"),
                Map.of("month", "2039-06", "after", "%%%"),
                Map.of("month", "2039-06", "after", notACursor),
                Map.of("month", "2039-06", "after", otherMonth));
        List<String> fields = List.of("month", "month", "month", "limit", "limit", "limit", "after", "after", "after");
        for (int i = 0; i < bad.size(); i++) {
            given().queryParams(bad.get(i)).when().get("/v1/usage-events")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors[0].field", equalTo(fields.get(i)));
        }
        given().queryParam("month", "2039-06").queryParam("limit", 1000).when().get("/v1/usage-events")
                .then().statusCode(200).body("events", hasSize(0)).body("nextCursor", nullValue());
    }
}
