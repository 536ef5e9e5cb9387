package org.chargeback.chargeback.security;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.testsupport.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.chargeback.chargeback.budget.Budgets.budget;
import static org.chargeback.chargeback.budget.Budgets.entry;
import static org.chargeback.chargeback.budget.Budgets.register;
import static org.chargeback.chargeback.budget.Budgets.runEntriesOnly;
import static org.chargeback.testsupport.AdminTokenByDefault.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/**
 * A bu-owner reaches only their business units' data in the operations whose bu-owner cell is {@code own} (beyond
 * statements and invoices, see AccessControlTest): another business unit's item by id is a 403, lists and summaries
 * hold only their business units. Each test its own business units (scope-*) and month (2017): no other test uses
 * them; the lists also hold other tests' data, which the owner must not see.
 */
@QuarkusTest
class BusinessUnitScopingTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirCreditNotes() {
        String month = "2017-01";
        givenIngestion(ingestion, month, costs(month, cost("scope-cn-a", "Compute", "10.00"),
                cost("scope-cn-b", "Compute", "20.00")), usageOf(month));
        givenPrice(pricing, month, "none", "unit", "1");
        JsonPath run = Api.runMonth(month);
        String own = voidIssued(statementIdOf(run, "scope-cn-a"));
        String other = voidIssued(statementIdOf(run, "scope-cn-b"));
        String owner = TestTokens.buOwner("scope-cn-a");

        as(owner).when().get("/v1/credit-notes/{n}", own).then().statusCode(200)
                .body("businessUnit", equalTo("scope-cn-a"));
        as(owner).when().get("/v1/credit-notes/{n}", other).then().statusCode(403).contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/credit-notes?limit=1000").then().statusCode(200)
                .body("items.businessUnit", everyItem(equalTo("scope-cn-a")))
                .body("items.number", contains(own))
                .body("hasMore", equalTo(false));
        // Filtered in SQL: a page of one is the owner's credit note, not an empty page of someone else's.
        as(owner).when().get("/v1/credit-notes?limit=1").then().statusCode(200).body("items.number", contains(own));
        given().when().get("/v1/credit-notes?limit=1000").then().statusCode(200)
                .body("items.number", hasItems(own, other));
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirBusinessUnits() {
        register("scope-bu-a");
        register("scope-bu-b");
        String owner = TestTokens.buOwner("scope-bu-a");

        as(owner).when().get("/v1/business-units").then().statusCode(200).body("code", contains("scope-bu-a"));
        as(owner).when().get("/v1/business-units/{c}", "scope-bu-a").then().statusCode(200);
        as(owner).when().get("/v1/business-units/{c}", "scope-bu-b").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/business-units/{c}/use-cases", "scope-bu-a").then().statusCode(200);
        as(owner).when().get("/v1/business-units/{c}/use-cases", "scope-bu-b").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(TestTokens.platform()).when().get("/v1/business-units").then().statusCode(200)
                .body("code", hasItems("scope-bu-a", "scope-bu-b"));
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirBudgetsReallocationsAndCorridors() {
        String period = "2017-02";
        register("scope-bg-a");
        register("scope-bg-b");
        String ownEnvelope = budget("scope-bg-a", period, "1000.00", "").getString("id");
        String ownCategory = budget("scope-bg-a", period, "100.00",
                ", \"budgetCategory\": \"TALENT\"").getString("id");
        String otherEnvelope = budget("scope-bg-b", period, "1000.00", "").getString("id");
        String otherCategory = budget("scope-bg-b", period, "100.00",
                ", \"budgetCategory\": \"TALENT\"").getString("id");
        reallocate(ownEnvelope, ownCategory);
        reallocate(otherEnvelope, otherCategory);
        corridor("scope-bg-a");
        corridor("scope-bg-b");
        String owner = TestTokens.buOwner("scope-bg-a");

        as(owner).when().get("/v1/budgets/{id}", ownEnvelope).then().statusCode(200);
        as(owner).when().get("/v1/budgets/{id}", otherEnvelope).then().statusCode(403).contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/budgets").then().statusCode(200)
                .body("businessUnit", everyItem(equalTo("scope-bg-a")))
                .body("id", hasItems(ownEnvelope, ownCategory));
        as(owner).when().get("/v1/budgets?businessUnit=scope-bg-b").then().statusCode(200).body("$", empty());
        as(owner).when().get("/v1/budgets/reallocations?period={p}", period).then().statusCode(200)
                .body("fromBudgetId", contains(ownEnvelope));
        as(owner).when().get("/v1/budgets/reallocations?budgetId={id}", otherEnvelope).then().statusCode(200)
                .body("$", empty());
        as(owner).when().get("/v1/budgets/corridors?month={m}", period).then().statusCode(200)
                .body("businessUnit", contains("scope-bg-a"));
        given().when().get("/v1/budgets/reallocations?period={p}", period).then().statusCode(200)
                .body("fromBudgetId", hasItems(ownEnvelope, otherEnvelope));
        given().when().get("/v1/budgets/corridors?month={m}", period).then().statusCode(200)
                .body("businessUnit", hasItems("scope-bg-a", "scope-bg-b"));
    }

    @Test
    void shouldLetABusinessUnitOwnerReportAndReadOnlyTheirBusinessMetrics() {
        String month = "2017-03";
        register("scope-bm-a");
        register("scope-bm-b");
        String owner = TestTokens.buOwner("scope-bm-a");
        metric(TestTokens.admin(), "scope-bm-b", month).then().statusCode(201);

        metric(owner, "scope-bm-b", month).then().statusCode(403).contentType(PROBLEM_JSON);
        metric(owner, "scope-bm-a", month).then().statusCode(201).body("businessUnit", equalTo("scope-bm-a"));
        as(owner).when().get("/v1/business-metrics?month={m}", month).then().statusCode(200)
                .body("businessUnit", contains("scope-bm-a"));
        as(owner).when().get("/v1/business-metrics?month={m}&businessUnit=scope-bm-b", month).then()
                .statusCode(200).body("$", empty());
        given().when().get("/v1/business-metrics?month={m}", month).then().statusCode(200)
                .body("businessUnit", contains("scope-bm-a", "scope-bm-b"));
    }

    @Test
    void shouldShowABusinessUnitOwnerTheVarianceAndPortfolioOfTheirBusinessUnitsOnly() {
        String month = "2017-04";
        register("scope-vp-a");
        register("scope-vp-b");
        budget("scope-vp-a", month, "200.00", "");
        budget("scope-vp-b", month, "200.00", "");
        entry(month, "scope-vp-a", "INFRASTRUCTURE_AND_COMPUTE", "100.00");
        entry(month, "scope-vp-b", "TALENT", "300.00");
        runEntriesOnly(ingestion, pricing, month);
        String owner = TestTokens.buOwner("scope-vp-a");

        as(owner).when().get("/v1/variance?month={m}", month).then().statusCode(200)
                .body("rows.businessUnit", everyItem(equalTo("scope-vp-a")))
                .body("rows.businessUnit", hasItem("scope-vp-a"));
        given().when().get("/v1/variance?month={m}", month).then().statusCode(200)
                .body("rows.businessUnit", hasItems("scope-vp-a", "scope-vp-b"));
        // The portfolio sums the spend of every business unit the caller sees: an owner's total is theirs.
        JsonPath own = as(owner).when().get("/v1/portfolio?month={m}", month).then().statusCode(200)
                .extract().jsonPath();
        assertThat(decimal(own, "total")).isEqualByComparingTo("100.00");
        assertThat(decimal(own, "categories.find { it.budgetCategory == 'INFRASTRUCTURE_AND_COMPUTE' }.sharePercent"))
                .isEqualByComparingTo("100.00");
        assertThat(decimal(own, "categories.find { it.budgetCategory == 'TALENT' }.amount")).isZero();
        assertThat(decimal(as(owner).when().get("/v1/portfolio?month={m}&businessUnit=scope-vp-b", month)
                .then().statusCode(200).extract().jsonPath(), "total")).isZero();
        assertThat(decimal(given().when().get("/v1/portfolio?month={m}", month).then().statusCode(200)
                .extract().jsonPath(), "total")).isEqualByComparingTo("400.00");
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirForecasts() {
        register("scope-fc-a");
        register("scope-fc-b");
        forecast("scope-fc-a-2018", "scope-fc-a");
        forecast("scope-fc-b-2018", "scope-fc-b");
        forecast("scope-fc-all-2018", null);
        String owner = TestTokens.buOwner("scope-fc-a");

        as(owner).when().get("/v1/forecasts/{c}", "scope-fc-a-2018").then().statusCode(200)
                .body("businessUnit", equalTo("scope-fc-a"));
        as(owner).when().get("/v1/forecasts/{c}/versions", "scope-fc-a-2018").then().statusCode(200)
                .body("version", contains(1));
        as(owner).when().get("/v1/forecasts/{c}", "scope-fc-b-2018").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/forecasts/{c}/versions", "scope-fc-b-2018").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        // The whole company's forecast is no business unit's: only callers who see every business unit read it.
        as(owner).when().get("/v1/forecasts/{c}", "scope-fc-all-2018").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/forecasts/{c}/versions", "scope-fc-all-2018").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(TestTokens.finance()).when().get("/v1/forecasts/{c}", "scope-fc-all-2018").then().statusCode(200);
    }

    @Test
    void shouldLetABusinessUnitOwnerSeeAndAcknowledgeOnlyTheirGovernanceEvents() {
        String month = "2017-05";
        register("scope-gv-a");
        register("scope-gv-b");
        budget("scope-gv-a", month, "100.00", "");
        budget("scope-gv-b", month, "100.00", "");
        givenIngestion(ingestion, month, costs(month, cost("scope-gv-a", "Compute", "95.00"),
                cost("scope-gv-b", "Compute", "95.00")), usageOf(month));
        givenPrice(pricing, month, "none", "unit", "1");
        Api.runMonth(month);
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/governance/evaluations").then().statusCode(200);
        String own = given().when().get("/v1/governance/events?businessUnit=scope-gv-a").then().statusCode(200)
                .extract().path("[0].id");
        String other = given().when().get("/v1/governance/events?businessUnit=scope-gv-b").then().statusCode(200)
                .extract().path("[0].id");
        String owner = TestTokens.buOwner("scope-gv-a");

        as(owner).when().get("/v1/governance/events").then().statusCode(200)
                .body("businessUnit", everyItem(equalTo("scope-gv-a")))
                .body("id", hasItem(own));
        as(owner).when().get("/v1/governance/events?businessUnit=scope-gv-b").then().statusCode(200)
                .body("$", empty());
        as(owner).when().get("/v1/governance/events/{id}", own).then().statusCode(200);
        as(owner).when().get("/v1/governance/events/{id}", other).then().statusCode(403).contentType(PROBLEM_JSON);
        acknowledge(owner, other).then().statusCode(403).contentType(PROBLEM_JSON);
        given().when().get("/v1/governance/events/{id}", other).then().statusCode(200)
                .body("state", equalTo("RAISED"));
        acknowledge(owner, own).then().statusCode(200).body("state", equalTo("ACKNOWLEDGED"));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static BigDecimal decimal(JsonPath json, String path) {
        return new BigDecimal(json.getString(path));
    }

    /** Issues the draft, voids it and answers the credit note's number. */
    private static String voidIssued(String statementId) {
        Api.waiveAndIssue(statementId);
        return given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Wrong cost center\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/void", statementId)
                .then().statusCode(200).extract().path("voided.creditNoteNumber");
    }

    private static void reallocate(String from, String to) {
        given().contentType(ContentType.JSON)
                .body("{\"fromBudgetId\": \"" + from + "\", \"toBudgetId\": \"" + to + "\", \"amount\": 10.00,"
                        + " \"reason\": \"test\", \"requestedBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/reallocations").then().statusCode(201);
    }

    private static void corridor(String businessUnit) {
        given().contentType(ContentType.JSON)
                .body("{\"businessUnit\": \"" + businessUnit + "\", \"metric\": \"digital-transaction-revenue\","
                        + " \"floorPercent\": 2, \"ceilingPercent\": 4, \"createdBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/corridors").then().statusCode(201);
    }

    private static io.restassured.response.Response metric(String token, String businessUnit, String month) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"businessUnit\": \"" + businessUnit + "\", \"month\": \"" + month + "\", \"metric\":"
                        + " \"digital-transaction-revenue\", \"value\": 1000.00, \"currency\": \"USD\","
                        + " \"reportedBy\": \"finance@example.com\"}")
                .when().post("/v1/business-metrics");
    }

    private static void forecast(String code, String businessUnit) {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"" + code + "\","
                        + (businessUnit == null ? "" : " \"businessUnit\": \"" + businessUnit + "\",")
                        + " \"baseMonth\": \"2017-12\", \"horizonMonths\": 3, \"baseMonthlyCost\": 100.00,"
                        + " \"currency\": \"USD\", \"changedBy\": \"fpa@example.com\"}")
                .when().post("/v1/forecasts").then().statusCode(201);
    }

    private static io.restassured.response.Response acknowledge(String token, String eventId) {
        return as(token).contentType(ContentType.JSON)
                .body("{\"by\": \"owner@example.com\", \"reason\": \"Seen\"}")
                .when().post("/v1/governance/events/{id}/acknowledgement", eventId);
    }
}
