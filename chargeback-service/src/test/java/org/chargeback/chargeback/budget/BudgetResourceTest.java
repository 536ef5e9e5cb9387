package org.chargeback.chargeback.budget;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.budget.Budgets.budget;
import static org.chargeback.chargeback.budget.Budgets.entry;
import static org.chargeback.chargeback.budget.Budgets.register;
import static org.chargeback.chargeback.budget.Budgets.runEntriesOnly;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Budgets, reallocations, corridors, variance and the portfolio view; each test its own business unit and month. */
@QuarkusTest
class BudgetResourceTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    private static java.math.BigDecimal decimal(String value) {
        return new java.math.BigDecimal(value);
    }

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldSplitAnEnvelopeByTheDefaults() {
        register("bud-split");
        given().contentType(ContentType.JSON).body(Examples.CREATE_BUDGET.replace("support", "bud-split"))
                .when().post("/v1/budgets")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("periodType", equalTo("QUARTER")).body("firstMonth", equalTo("2026-10"))
                .body("split.innovationReserve", equalTo(new BigDecimal("4500.00")))
                .body("split.governedAmount", equalTo(new BigDecimal("25500.00")))
                .body("split.production.amount", equalTo(new BigDecimal("15300.00")))
                .body("split.scaling.amount", equalTo(new BigDecimal("6375.00")))
                .body("split.experimental.amount", equalTo(new BigDecimal("3825.00")))
                .body("thresholds.approvalPercent", equalTo(110));

        given().contentType(ContentType.JSON).body(Examples.CREATE_BUDGET.replace("support", "bud-split"))
                .when().post("/v1/budgets")
                .then().statusCode(409).contentType(PROBLEM_JSON).body("type", equalTo("/problems/budget-exists"));
    }

    @Test
    void shouldNameTheFieldOfABadBudget() {
        register("bud-bad");
        String base = "{\"businessUnit\": \"bud-bad\", \"period\": \"2022-Q1\", \"amount\": 100, \"currency\": \"USD\","
                + " \"createdBy\": \"x\"";
        given().contentType(ContentType.JSON).body(base.replace("2022-Q1", "2022-Q5") + "}").when().post("/v1/budgets")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("period"));
        given().contentType(ContentType.JSON).body(base + ", \"split\": {\"productionPercent\": 60, \"scalingPercent\": 25,"
                        + " \"experimentalPercent\": 10}}").when().post("/v1/budgets")
                .then().statusCode(400).body("errors[0].field", equalTo("split"));
        given().contentType(ContentType.JSON).body(base + ", \"innovationReservePercent\": 10}").when().post("/v1/budgets")
                .then().statusCode(400).body("errors[0].field", equalTo("innovationReservePercent"));
        given().contentType(ContentType.JSON).body(base + ", \"thresholds\": {\"alertPercent\": 95, \"reviewPercent\": 90,"
                        + " \"approvalPercent\": 110}}").when().post("/v1/budgets")
                .then().statusCode(400).body("errors[0].field", equalTo("thresholds"));
        given().contentType(ContentType.JSON).body(base.replace("bud-bad", "bud-nobody") + "}").when().post("/v1/budgets")
                .then().statusCode(400).body("errors[0].field", equalTo("businessUnit"));
        given().contentType(ContentType.JSON).body(base.replace("100", "100.001") + "}").when().post("/v1/budgets")
                .then().statusCode(400).body("errors[0].field", equalTo("amount"));
        given().contentType(ContentType.JSON).body(base.replace("USD", "EUR") + "}").when().post("/v1/budgets")
                .then().statusCode(422).body("type", equalTo("/problems/currency-mismatch"));
    }

    @Test
    void shouldMoveMoneyBetweenEnvelopesKeepingTheTotalAndTheHistory() {
        register("bud-from");
        register("bud-to");
        String from = budget("bud-from", "2022-Q2", "1000.00", "").getString("id");
        String to = budget("bud-to", "2022-Q2", "500.00", "").getString("id");
        String other = budget("bud-to", "2022-Q3", "500.00", "").getString("id");

        given().contentType(ContentType.JSON).body("{\"fromBudgetId\": \"" + from + "\", \"toBudgetId\": \"" + to
                        + "\", \"amount\": 200.00, \"reason\": \"scaling early\", \"requestedBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/reallocations").then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("200.00")));

        BigDecimal fromAmount = given().get("/v1/budgets/{id}", from).then().extract().jsonPath().get("amount");
        BigDecimal toAmount = given().get("/v1/budgets/{id}", to).then().extract().jsonPath().get("amount");
        assertThat(fromAmount).isEqualByComparingTo("800.00");
        assertThat(toAmount).isEqualByComparingTo("700.00");
        assertThat(fromAmount.add(toAmount)).isEqualByComparingTo("1500.00");
        assertThat(decimal(given().get("/v1/budgets/{id}", from).then().extract().jsonPath().getString("originalAmount")))
                .isEqualByComparingTo("1000.00");

        given().contentType(ContentType.JSON).body("{\"fromBudgetId\": \"" + from + "\", \"toBudgetId\": \"" + to
                        + "\", \"amount\": 800.01, \"reason\": \"too much\", \"requestedBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/reallocations").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/reallocation-not-allowed"));
        given().contentType(ContentType.JSON).body("{\"fromBudgetId\": \"" + from + "\", \"toBudgetId\": \"" + other
                        + "\", \"amount\": 1, \"reason\": \"other quarter\", \"requestedBy\": \"cfo@example.com\"}")
                .when().post("/v1/budgets/reallocations").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"fromBudgetId\": \"" + java.util.UUID.randomUUID()
                        + "\", \"toBudgetId\": \"" + to + "\", \"amount\": 1, \"reason\": \"x\", \"requestedBy\": \"x\"}")
                .when().post("/v1/budgets/reallocations").then().statusCode(404)
                .body("errors[0].field", equalTo("fromBudgetId"));

        JsonPath history = given().queryParam("budgetId", from).get("/v1/budgets/reallocations").then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("reason")).containsExactly("scaling early");
        assertThat(decimal(given().get("/v1/budgets/{id}", to).then().extract().jsonPath().getString("amount")))
                .isEqualByComparingTo("700.00"); // the refused moves changed nothing
    }

    @Test
    void shouldFlagVarianceAtFifteenPercentButNotJustBelow() {
        register("bud-var");
        budget("bud-var", "2022-04", "1000.00", ", \"budgetCategory\": \"VENDOR_AND_API\"");
        budget("bud-var", "2022-04", "1000.00", ", \"budgetCategory\": \"DATA_AND_TOOLING\"");
        entry("2022-04", "bud-var", "VENDOR_AND_API", "1150.00");
        entry("2022-04", "bud-var", "DATA_AND_TOOLING", "1149.99");
        entry("2022-04", "bud-var", "TALENT", "300.00");
        runEntriesOnly(ingestion, pricing, "2022-04");

        JsonPath variance = given().queryParam("month", "2022-04").when().get("/v1/variance").then().statusCode(200)
                .extract().jsonPath();
        String row = "rows.find { it.businessUnit == 'bud-var' && it.budgetCategory == '%s' }";
        assertThat(variance.getBoolean(row.formatted("VENDOR_AND_API") + ".flagged")).isTrue();
        assertThat(decimal(variance.getString(row.formatted("VENDOR_AND_API") + ".variancePercent")))
                .isEqualByComparingTo("15.00");
        assertThat(variance.getBoolean(row.formatted("DATA_AND_TOOLING") + ".flagged")).isFalse();
        // Spend without a budget is flagged.
        assertThat(variance.getBoolean(row.formatted("TALENT") + ".flagged")).isTrue();
        assertThat(variance.getString(row.formatted("TALENT") + ".budget")).isNull();

        given().queryParam("month", "2022-13").when().get("/v1/variance").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("month"));
    }

    @Test
    void shouldFlagPortfolioCategoriesOutsideTheTypicalRangesBoundsIncluded() {
        register("bud-port");
        entry("2022-05", "bud-port", "INFRASTRUCTURE_AND_COMPUTE", "300.00");
        entry("2022-05", "bud-port", "TALENT", "400.00");
        entry("2022-05", "bud-port", "VENDOR_AND_API", "100.00");
        entry("2022-05", "bud-port", "DATA_AND_TOOLING", "150.00");
        entry("2022-05", "bud-port", "INNOVATION_RESERVE", "50.00");
        runEntriesOnly(ingestion, pricing, "2022-05");

        JsonPath portfolio = given().queryParam("month", "2022-05").queryParam("businessUnit", "bud-port")
                .when().get("/v1/portfolio").then().statusCode(200).extract().jsonPath();
        assertThat(decimal(portfolio.getString("total"))).isEqualByComparingTo("1000.00");
        String c = "categories.find { it.budgetCategory == '%s' }.outOfRange";
        assertThat(portfolio.getBoolean(c.formatted("INFRASTRUCTURE_AND_COMPUTE"))).isFalse();
        assertThat(portfolio.getBoolean(c.formatted("TALENT"))).isFalse();
        assertThat(portfolio.getBoolean(c.formatted("VENDOR_AND_API"))).isFalse();   // 10 %: the lower bound
        assertThat(portfolio.getBoolean(c.formatted("DATA_AND_TOOLING"))).isFalse(); // 15 %: the upper bound
        assertThat(portfolio.getBoolean(c.formatted("INNOVATION_RESERVE"))).isTrue(); // 5 % < 15 %
    }

    @Test
    void shouldPlaceSpendInTheCorridorOfTheReportedMetric() {
        register("bud-corr");
        given().contentType(ContentType.JSON).body(Examples.CORRIDOR_REQUEST.replace("support", "bud-corr"))
                .when().post("/v1/budgets/corridors").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Examples.CORRIDOR_REQUEST.replace("support", "bud-corr"))
                .when().post("/v1/budgets/corridors").then().statusCode(409)
                .body("type", equalTo("/problems/corridor-exists"));
        entry("2022-06", "bud-corr", "VENDOR_AND_API", "1000.00");
        runEntriesOnly(ingestion, pricing, "2022-06");

        given().queryParam("month", "2022-06").queryParam("businessUnit", "bud-corr").get("/v1/budgets/corridors")
                .then().statusCode(200).body("[0].status", equalTo("NO_METRIC"));

        String metric = Examples.METRIC_REQUEST.replace("support", "bud-corr").replace("2026-10", "2022-06")
                .replace("1250000.00", "20000.00");
        given().contentType(ContentType.JSON).body(metric).when().post("/v1/business-metrics").then().statusCode(201);
        given().queryParam("month", "2022-06").queryParam("businessUnit", "bud-corr").get("/v1/budgets/corridors")
                .then().statusCode(200).body("[0].status", equalTo("ABOVE_CEILING")) // 5 % of 20,000
                .body("[0].spendPercent", equalTo(new BigDecimal("5.00")));

        // Reported again: the latest value counts (200); 1,000 of 25,000 is exactly the 4 % ceiling.
        given().contentType(ContentType.JSON).body(metric.replace("20000.00", "25000.00")).when()
                .post("/v1/business-metrics").then().statusCode(200);
        given().queryParam("month", "2022-06").queryParam("businessUnit", "bud-corr").get("/v1/budgets/corridors")
                .then().statusCode(200).body("[0].status", equalTo("WITHIN"))
                .body("[0].ceilingAmount", equalTo(new BigDecimal("1000.00")));
    }
}
