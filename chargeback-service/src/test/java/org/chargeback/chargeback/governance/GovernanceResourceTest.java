package org.chargeback.chargeback.governance;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.budget.Budgets;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.budget.Budgets.budget;
import static org.chargeback.chargeback.budget.Budgets.register;
import static org.chargeback.chargeback.budget.Budgets.runWithCost;
import static org.hamcrest.Matchers.equalTo;

/** Governance triggers end to end; each test has its own business unit and (closed, past) month. */
@QuarkusTest
class GovernanceResourceTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @Inject
    GovernanceService governance;

    @Inject
    WebhookWorker webhooks;

    private static java.math.BigDecimal decimal(String value) {
        return new java.math.BigDecimal(value);
    }

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    private static void evaluate(String month) {
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/governance/evaluations").then().statusCode(200);
    }

    private static JsonPath eventsOf(String budgetId) {
        return given().queryParam("budgetId", budgetId).when().get("/v1/governance/events")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldRaiseTheAlertAtExactlyEightyPercentNotAtSeventyNineNinetyNine() {
        register("gov-edge");
        String budgetId = budget("gov-edge", "2023-01", "1000.00", "").getString("id");

        runWithCost(ingestion, pricing, "2023-01", "gov-edge", "799.90");
        evaluate("2023-01");
        assertThat(eventsOf(budgetId).getList("$")).isEmpty();
        given().when().get("/v1/budgets/{id}", budgetId).then().statusCode(200)
                .body("status.percent", equalTo(new java.math.BigDecimal("79.99")));

        runWithCost(ingestion, pricing, "2023-01", "gov-edge", "800.00");
        evaluate("2023-01");
        evaluate("2023-01"); // raised once, however often evaluated

        JsonPath events = eventsOf(budgetId);
        assertThat(events.getList("level")).containsExactly("ALERT");
        assertThat(events.getString("[0].basis")).isEqualTo("ACTUAL");
        assertThat(events.getString("[0].budgetScope")).isEqualTo("gov-edge / 2023-01");
        assertThat(events.getString("[0].state")).isEqualTo("RAISED");
        assertThat(decimal(events.getString("[0].percent"))).isEqualByComparingTo("80.00");
    }

    @Test
    void shouldRaiseAlertAndReviewOnTheProjectionMidQuarterOnce() {
        // 2024-08-15: day 46 of 2024-Q3's 92 (today counted). July's 500.00 of a 1,000.00 quarter is 50 % actual and
        // projects to 500.00 / 46 x 92 = 1,000.00, 100 %: the alert (80) and the review (90), not the approval (110).
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2024-08-15T12:00:00Z"), ZoneOffset.UTC), Clock.class);
        register("gov-projected");
        String budgetId = budget("gov-projected", "2024-Q3", "1000.00", "").getString("id");

        JsonPath run = runWithCost(ingestion, pricing, "2024-07", "gov-projected", "500.00");
        evaluate("2024-07");
        evaluate("2024-08"); // the same quarter's budget seen from another month: nothing new

        given().when().get("/v1/budgets/{id}", budgetId).then().statusCode(200)
                .body("status.percent", equalTo(decimal("50.00")))
                .body("status.projected", equalTo(decimal("1000.00")))
                .body("status.projectedPercent", equalTo(decimal("100.00")))
                .body("status.evaluatedThrough", equalTo("2024-08-15"));
        JsonPath events = eventsOf(budgetId);
        assertThat(events.getList("level")).containsExactlyInAnyOrder("ALERT", "OPTIMIZATION_REVIEW");
        assertThat(events.getList("basis")).containsOnly("PROJECTED");
        assertThat(events.getList("budgetScope")).containsOnly("gov-projected / 2024-Q3");
        assertThat(events.getList("evaluatedThrough")).containsOnly("2024-08-15");
        for (int i = 0; i < 2; i++) {
            assertThat(decimal(events.getString("[" + i + "].percent"))).isEqualByComparingTo("100.00");
            assertThat(decimal(events.getString("[" + i + "].actual"))).isEqualByComparingTo("500.00");
            assertThat(decimal(events.getString("[" + i + "].projected"))).isEqualByComparingTo("1000.00");
        }

        // A day later the line is lower (500.00 / 47 x 92 = 978.72), the events stay as raised, nothing is added.
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2024-08-16T12:00:00Z"), ZoneOffset.UTC), Clock.class);
        evaluate("2024-08");
        assertThat(eventsOf(budgetId).getList("level")).hasSize(2);
        // Below the approval threshold on the actual: the statement is issued without asking.
        given().when().post("/v1/statements/{id}/issue", statementIdOf(run, "gov-projected")).then().statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    private static void reportMetric(String businessUnit, String month, String value, int status) {
        given().contentType(ContentType.JSON)
                .body("{\"businessUnit\": \"" + businessUnit + "\", \"month\": \"" + month + "\", \"metric\":"
                        + " \"digital-transaction-revenue\", \"value\": " + value + ", \"currency\": \"USD\","
                        + " \"reportedBy\": \"finance@example.com\"}")
                .when().post("/v1/business-metrics").then().statusCode(status);
    }

    @Test
    void shouldRaiseACorridorEventOncePerMonthWhenSpendLeavesTheCorridor() {
        register("gov-corr");
        given().contentType(ContentType.JSON)
                .body("{\"businessUnit\": \"gov-corr\", \"metric\": \"digital-transaction-revenue\","
                        + " \"floorPercent\": 2, \"ceilingPercent\": 4, \"createdBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/corridors").then().statusCode(201);
        // August: 1,000.00 of AI spend on 20,000.00 of revenue is 5 %, above the 4 % ceiling.
        reportMetric("gov-corr", "2022-08", "20000.00", 201);
        Budgets.entry("2022-08", "gov-corr", "VENDOR_AND_API", "1000.00");
        Budgets.runEntriesOnly(ingestion, pricing, "2022-08");
        evaluate("2022-08");
        evaluate("2022-08");

        JsonPath events = given().queryParam("businessUnit", "gov-corr").when().get("/v1/governance/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(events.getList("$")).hasSize(1);
        assertThat(events.getString("[0].kind")).isEqualTo("CORRIDOR");
        assertThat(events.getString("[0].corridorStatus")).isEqualTo("ABOVE_CEILING");
        assertThat(events.getString("[0].metric")).isEqualTo("digital-transaction-revenue");
        assertThat(events.getString("[0].month")).isEqualTo("2022-08");
        assertThat(events.getString("[0].businessUnit")).isEqualTo("gov-corr");
        assertThat(events.getString("[0].budgetId")).isNull();
        assertThat(events.getString("[0].level")).isNull();
        assertThat(events.getString("[0].state")).isEqualTo("RAISED");
        assertThat(decimal(events.getString("[0].thresholdPercent"))).isEqualByComparingTo("4");
        assertThat(decimal(events.getString("[0].percent"))).isEqualByComparingTo("5.00");
        assertThat(decimal(events.getString("[0].actual"))).isEqualByComparingTo("1000.00");
        assertThat(decimal(events.getString("[0].metricValue"))).isEqualByComparingTo("20000.00");

        // The revenue corrected to 100,000.00: now 1 %, below the 2 % floor; still the one event of August.
        reportMetric("gov-corr", "2022-08", "100000.00", 200);
        evaluate("2022-08");
        assertThat(given().queryParam("businessUnit", "gov-corr").when().get("/v1/governance/events")
                .then().statusCode(200).extract().jsonPath().getList("$")).hasSize(1);

        // September: within the corridor (3 %) raises nothing; October below the floor (1 %) raises its own event.
        reportMetric("gov-corr", "2022-09", "33333.33", 201);
        Budgets.entry("2022-09", "gov-corr", "VENDOR_AND_API", "1000.00");
        Budgets.runEntriesOnly(ingestion, pricing, "2022-09");
        evaluate("2022-09");
        reportMetric("gov-corr", "2022-10", "100000.00", 201);
        Budgets.entry("2022-10", "gov-corr", "VENDOR_AND_API", "1000.00");
        Budgets.runEntriesOnly(ingestion, pricing, "2022-10");
        evaluate("2022-10");
        JsonPath all = given().queryParam("businessUnit", "gov-corr").when().get("/v1/governance/events")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("month")).containsExactlyInAnyOrder("2022-08", "2022-10");
        String october = all.getString("find { it.month == '2022-10' }.id");
        assertThat(all.getString("find { it.month == '2022-10' }.corridorStatus")).isEqualTo("BELOW_FLOOR");
        assertThat(decimal(all.getString("find { it.month == '2022-10' }.thresholdPercent"))).isEqualByComparingTo("2");

        // Acknowledged like any governance event, with who and why; its webhook notifications are queued.
        given().contentType(ContentType.JSON).body("{\"by\": \"owner@example.com\", \"reason\": \"October promo paused\"}")
                .when().post("/v1/governance/events/{id}/acknowledgement", october).then().statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED")).body("kind", equalTo("CORRIDOR"))
                .body("acknowledgedBy", equalTo("owner@example.com"));
        assertThat(given().when().get("/v1/governance/events/{id}/deliveries", october).then().statusCode(200)
                .extract().jsonPath().getList("$")).hasSize(2);
    }

    @Test
    void shouldFireOnEveryBudgetThatCoversTheCostAndNameIt() {
        register("gov-cover");
        String envelope = budget("gov-cover", "2023-Q2", "10000.00", "").getString("id");
        String compute = budget("gov-cover", "2023-04", "500.00",
                ", \"budgetCategory\": \"INFRASTRUCTURE_AND_COMPUTE\"").getString("id");

        runWithCost(ingestion, pricing, "2023-04", "gov-cover", "600.00");
        evaluate("2023-04");

        List<String> budgetsFired = given().queryParam("businessUnit", "gov-cover").when()
                .get("/v1/governance/events").then().statusCode(200).extract().jsonPath().getList("budgetId");
        // 600 of 500 = 120 %: alert, review and approval on the category budget; 6 % of the envelope: nothing.
        assertThat(budgetsFired).hasSize(3).containsOnly(compute).doesNotContain(envelope);
    }

    @Test
    void shouldRaiseEachCrossingOnceUnderTwoConcurrentEvaluators() throws Exception {
        register("gov-race");
        runWithCost(ingestion, pricing, "2023-02", "gov-race", "1200.00");
        // The budget after the run: the run's own evaluation found nothing to evaluate, so the two racers do it all.
        String budgetId = budget("gov-race", "2023-02", "1000.00", "").getString("id");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        Future<Integer> a = racers.submit(() -> {
            go.await();
            return governance.evaluate(YearMonth.of(2023, 2), "test-a").raised().size();
        });
        Future<Integer> b = racers.submit(() -> {
            go.await();
            return governance.evaluate(YearMonth.of(2023, 2), "test-b").raised().size();
        });
        go.countDown();
        int total = a.get() + b.get();
        racers.shutdown();

        JsonPath events = eventsOf(budgetId);
        assertThat(events.getList("level")).containsExactlyInAnyOrder("ALERT", "OPTIMIZATION_REVIEW",
                "EXECUTIVE_APPROVAL");
        assertThat(total).isEqualTo(3);
        for (String eventId : events.<String>getList("id")) {
            // One notification per event and webhook: the outbox row is written only by the evaluator that raised it.
            assertThat(given().when().get("/v1/governance/events/{id}/deliveries", eventId).then().statusCode(200)
                    .extract().jsonPath().getList("$")).hasSize(1);
        }
    }

    @Test
    void shouldRefuseToIssueAboveOneHundredTenPercentUntilAnExecutiveApproved() {
        register("gov-issue");
        String budgetId = budget("gov-issue", "2023-03", "1000.00", "").getString("id");
        JsonPath run = runWithCost(ingestion, pricing, "2023-03", "gov-issue", "1100.00");
        String statementId = statementIdOf(run, "gov-issue");

        String eventId = given().when().post("/v1/statements/{id}/issue", statementId)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/approval-required"))
                .body("budgetId", equalTo(budgetId))
                .extract().path("governanceEventId");
        JsonPath event = given().when().get("/v1/governance/events/{id}", eventId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(event.getString("level")).isEqualTo("EXECUTIVE_APPROVAL");
        assertThat(decimal(event.getString("percent"))).isEqualByComparingTo("110.00");

        // Approval needs an acknowledgement first.
        given().contentType(ContentType.JSON).body("{\"by\": \"cfo@example.com\", \"reason\": \"ok\"}")
                .when().post("/v1/governance/events/{id}/approval", eventId)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-event-transition")).body("state", equalTo("RAISED"));
        given().contentType(ContentType.JSON).body("{\"by\": \"owner@example.com\"}")
                .when().post("/v1/governance/events/{id}/acknowledgement", eventId)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"by\": \"owner@example.com\", \"reason\": \"Seen\"}")
                .when().post("/v1/governance/events/{id}/acknowledgement", eventId)
                .then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("owner@example.com"));
        given().when().post("/v1/statements/{id}/issue", statementId).then().statusCode(409)
                .body("state", equalTo("ACKNOWLEDGED"));
        given().contentType(ContentType.JSON)
                .body("{\"by\": \"cfo@example.com\", \"reason\": \"New claims channel, approved\"}")
                .when().post("/v1/governance/events/{id}/approval", eventId)
                .then().statusCode(200).body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("cfo@example.com"))
                .body("decisionReason", equalTo("New claims channel, approved"));

        given().when().post("/v1/statements/{id}/issue", statementId).then().statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldIssueBelowTheApprovalThresholdWithoutAsking() {
        register("gov-below");
        budget("gov-below", "2023-05", "1000.00", "");
        JsonPath run = runWithCost(ingestion, pricing, "2023-05", "gov-below", "1099.99");

        given().when().post("/v1/statements/{id}/issue", statementIdOf(run, "gov-below")).then().statusCode(200);
    }

    @Test
    void shouldEvaluateAfterEveryStatementRun() throws Exception {
        register("gov-after");
        String budgetId = budget("gov-after", "2023-06", "1000.00", "").getString("id");

        runWithCost(ingestion, pricing, "2023-06", "gov-after", "950.00");

        List<Object> levels = List.of();
        for (int i = 0; i < 100 && levels.size() < 2; i++) {
            Thread.sleep(100);
            levels = eventsOf(budgetId).getList("level");
        }
        assertThat(levels).containsExactlyInAnyOrder("ALERT", "OPTIMIZATION_REVIEW");
        assertThat(eventsOf(budgetId).getList("raisedBy")).containsOnly("statement-run");
    }

    @Test
    void shouldRetryTheWebhookWithBackoffUntilTheReceiverTakesIt() throws Exception {
        register("gov-hook");
        String budgetId = budget("gov-hook", "2023-07", "1000.00", "").getString("id");
        runWithCost(ingestion, pricing, "2023-07", "gov-hook", "850.00");
        evaluate("2023-07");
        String eventId = eventsOf(budgetId).getString("[0].id");

        webhooks.deliverDue(); // the receiver answers 500 to an event's first notification
        JsonPath failed = given().when().get("/v1/governance/events/{id}/deliveries", eventId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(failed.getInt("[0].attempts")).isEqualTo(1);
        assertThat(failed.getString("[0].lastError")).isEqualTo("HTTP 500");
        assertThat(failed.getString("[0].deliveredAt")).isNull();
        Instant next = Instant.parse(failed.getString("[0].nextAttemptAt"));
        assertThat(java.time.Duration.between(Instant.parse(failed.getString("[0].lastAttemptAt")), next))
                .isEqualTo(java.time.Duration.ofSeconds(1)); // %test retry-base

        webhooks.deliverDue(); // not due yet: nothing sent
        assertThat(WebhookReceiver.RECEIVED.stream().filter(r -> eventId.equals(r.eventId()))).hasSize(1);

        Thread.sleep(Math.max(0, java.time.Duration.between(Instant.now(), next).toMillis()) + 50);
        webhooks.deliverDue();

        JsonPath delivered = given().when().get("/v1/governance/events/{id}/deliveries", eventId).then()
                .statusCode(200).extract().jsonPath();
        assertThat(delivered.getInt("[0].attempts")).isEqualTo(2);
        assertThat(delivered.getString("[0].deliveredAt")).isNotNull();
        List<WebhookReceiver.Received> got = WebhookReceiver.RECEIVED.stream()
                .filter(r -> eventId.equals(r.eventId())).toList();
        assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 204);
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body()).contains("\"kind\":\"RAISED\"").contains(eventId);
        assertThat(got.get(1).signature()).isEqualTo(WebhookSignature.sign(WebhookReceiver.SECRET,
                got.get(1).body().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldAnswerProblemsForUnknownEventsAndStates() {
        given().when().get("/v1/governance/events/{id}", java.util.UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));
        given().queryParam("state", "OPEN").when().get("/v1/governance/events").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("state"));
        given().contentType(ContentType.JSON).body("{\"month\": \"2023-13\"}")
                .when().post("/v1/governance/evaluations").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("month"));
    }
}
