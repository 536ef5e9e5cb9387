package org.chargeback.chargeback.costentry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import org.chargeback.chargeback.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/** Manual cost entries through the API; each test uses business units of its own. */
@QuarkusTest
class CostEntryResourceTest {

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldEnterCostsAndCreditsAndListThemByMonth() {
        String unit = Registry.registeredBusinessUnit();
        ExtractableResponse<Response> created = given().contentType(ContentType.JSON)
                .body(entry(unit, Map.of("useCase", "tickets")))
                .when().post("/v1/cost-entries")
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("month", equalTo("2026-10"))
                .body("businessUnit", equalTo(unit))
                .body("useCase", equalTo("tickets"))
                .body("budgetCategory", equalTo("TALENT"))
                .body("workloadCategory", equalTo("PRODUCTION_INFERENCE"))
                .body("amount", equalTo(new BigDecimal("18500.00")))
                .body("currency", equalTo("USD"))
                .body("description", equalTo("ML engineers, 25% of 2 FTE"))
                .body("enteredBy", equalTo("finops@example.com"))
                .body("reverses", nullValue())
                .body("reversedBy", nullValue())
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/v1/cost-entries/" + id);
        // A credit is negative and keeps every decimal it was sent with.
        given().contentType(ContentType.JSON)
                .body(entry(unit, Map.of("amount", "-250.123456789", "budgetCategory", "VENDOR_AND_API")))
                .when().post("/v1/cost-entries")
                .then().statusCode(201)
                .body("amount", equalTo(new BigDecimal("-250.123456789")))
                .body("useCase", nullValue());
        given().contentType(ContentType.JSON).body(entry(unit, Map.of("month", "2026-11")))
                .when().post("/v1/cost-entries").then().statusCode(201);

        given().when().get("/v1/cost-entries/{id}", id)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("amount", equalTo(new BigDecimal("18500.00")));
        given().queryParam("month", "2026-10").queryParam("businessUnit", unit)
                .when().get("/v1/cost-entries")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("amount", contains(new BigDecimal("18500.00"), new BigDecimal("-250.123456789")))
                .body("month", contains("2026-10", "2026-10"));
        given().queryParam("month", "2026-10")
                .when().get("/v1/cost-entries")
                .then().statusCode(200)
                .body("id", hasItem(id));
        given().queryParam("month", "2026-12").queryParam("businessUnit", unit)
                .when().get("/v1/cost-entries")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldReverseAnEntryOnceKeepingBoth() {
        String unit = Registry.registeredBusinessUnit();
        String id = enter(unit);

        String reversalId = given().contentType(ContentType.JSON).body(Examples.REVERSE_COST_ENTRY)
                .when().post("/v1/cost-entries/{id}/reversal", id)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("reverses", equalTo(id))
                .body("amount", equalTo(new BigDecimal("-18500.00")))
                .body("month", equalTo("2026-10"))
                .body("businessUnit", equalTo(unit))
                .body("budgetCategory", equalTo("TALENT"))
                .body("workloadCategory", equalTo("PRODUCTION_INFERENCE"))
                .body("reason", equalTo("Entered twice"))
                .body("description", equalTo("Reversal: ML engineers, 25% of 2 FTE"))
                .extract().path("id");
        given().when().get("/v1/cost-entries/{id}", id)
                .then().statusCode(200)
                .body("reversedBy", equalTo(reversalId))
                .body("amount", equalTo(new BigDecimal("18500.00")));

        given().contentType(ContentType.JSON).body(Examples.REVERSE_COST_ENTRY)
                .when().post("/v1/cost-entries/{id}/reversal", id)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/cost-entry-already-reversed"))
                .body("reversedBy", equalTo(reversalId));
        given().contentType(ContentType.JSON).body(Examples.REVERSE_COST_ENTRY)
                .when().post("/v1/cost-entries/{id}/reversal", reversalId)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/cost-entry-is-a-reversal"))
                .body("reverses", equalTo(id));
        given().queryParam("month", "2026-10").queryParam("businessUnit", unit)
                .when().get("/v1/cost-entries")
                .then().statusCode(200)
                .body("id", contains(id, reversalId))
                .body("amount", contains(new BigDecimal("18500.00"), new BigDecimal("-18500.00")));
    }

    @Test
    void shouldAnswerNotFoundAndRequireAReason() {
        String unknown = UUID.randomUUID().toString();
        given().when().get("/v1/cost-entries/{id}", unknown)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
        given().contentType(ContentType.JSON).body(Examples.REVERSE_COST_ENTRY)
                .when().post("/v1/cost-entries/{id}/reversal", unknown)
                .then().statusCode(404).contentType(PROBLEM_JSON);

        String id = enter(Registry.registeredBusinessUnit());
        given().contentType(ContentType.JSON).body("{\"reason\": \" \", \"enteredBy\": \"finops@example.com\"}")
                .when().post("/v1/cost-entries/{id}/reversal", id)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("reason"));
        given().when().get("/v1/cost-entries/{id}", id).then().statusCode(200).body("reversedBy", nullValue());
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "month, 2026-13", "month, 10/2026", "month, NULL",
            "businessUnit, Support", "businessUnit, NULL", "businessUnit, not-registered",
            "useCase, ticket-resolution",
            "budgetCategory, HARDWARE", "budgetCategory, NULL", "workloadCategory, NULL",
            "amount, 0", "amount, 0.000", "amount, NULL", "amount, twelve", "amount, 0.0000000000001",
            "currency, usd", "currency, XYZ", "currency, NULL",
            "description, ''", "description, NULL", "enteredBy, ' '"})
    void shouldRejectAnInvalidFieldStoringNothing(String field, String value) {
        String unit = Registry.registeredBusinessUnit();
        Map<String, String> change = new LinkedHashMap<>();
        change.put(field, value);

        given().contentType(ContentType.JSON).body(entry(unit, change))
                .when().post("/v1/cost-entries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("instance", equalTo("/v1/cost-entries"))
                .body("errors.field", contains(field));
        noEntriesOf(unit);
    }

    @Test
    void shouldRefuseAnotherCurrencyThanTheReportingOne() {
        String unit = Registry.registeredBusinessUnit();
        given().contentType(ContentType.JSON).body(entry(unit, Map.of("currency", "EUR")))
                .when().post("/v1/cost-entries")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"))
                .body("currency", equalTo("EUR"))
                .body("reportingCurrency", equalTo("USD"));
        noEntriesOf(unit);
    }

    @Test
    void shouldRequireAMonthToList() {
        given().when().get("/v1/cost-entries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("month"));
        given().queryParam("month", "2026-1").when().get("/v1/cost-entries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("month"));
    }

    @Test
    void shouldDocumentEveryOperation() {
        ValidatableResponse api = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200);
        api.body("paths.'/v1/cost-entries'.post.operationId", equalTo("enterCostEntry"))
                .body("paths.'/v1/cost-entries'.get.operationId", equalTo("listCostEntries"))
                .body("paths.'/v1/cost-entries/{id}'.get.operationId", equalTo("getCostEntry"))
                .body("paths.'/v1/cost-entries/{id}/reversal'.post.operationId", equalTo("reverseCostEntry"))
                .body("paths.'/v1/recurring-cost-entries'.post.operationId", equalTo("createRecurringCostEntry"))
                .body("paths.'/v1/recurring-cost-entries'.get.operationId", equalTo("listRecurringCostEntries"))
                .body("paths.'/v1/recurring-cost-entries/{code}'.get.operationId", equalTo("getRecurringCostEntry"))
                .body("paths.'/v1/recurring-cost-entries/{code}'.put.operationId",
                        equalTo("updateRecurringCostEntry"))
                .body("paths.'/v1/recurring-cost-entries/{code}/versions'.get.operationId",
                        equalTo("listRecurringCostEntryVersions"))
                .body("paths.'/v1/cost-entries'.post.responses.keySet()", hasItems("201", "400", "422"))
                .body("paths.'/v1/cost-entries/{id}/reversal'.post.responses.keySet()",
                        hasItems("201", "400", "404", "409"))
                .body("paths.'/v1/recurring-cost-entries/{code}'.put.responses.keySet()",
                        hasItems("200", "400", "404", "412", "422", "428"))
                .body("paths.'/v1/cost-entries/{id}/reversal'.post.responses.'409'.content.'application/problem+json'.examples",
                        notNullValue())
                .body("tags.name", hasItems("Cost entries", "Recurring cost entries"));
    }

    /** Enters the talent cost of October 2026 and answers its id. */
    private static String enter(String unit) {
        return given().contentType(ContentType.JSON).body(entry(unit, Map.of()))
                .when().post("/v1/cost-entries")
                .then().statusCode(201).extract().path("id");
    }

    private static void noEntriesOf(String unit) {
        for (String month : new String[]{"2026-10", "2026-11"}) {
            given().queryParam("month", month).queryParam("businessUnit", unit)
                    .when().get("/v1/cost-entries")
                    .then().statusCode(200).body("$", empty());
        }
    }

    /** The talent entry of Examples.CREATE_COST_ENTRY for the business unit, with fields changed (null = left out). */
    private static String entry(String unit, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("month", "\"2026-10\"");
        fields.put("businessUnit", "\"" + unit + "\"");
        fields.put("budgetCategory", "\"TALENT\"");
        fields.put("workloadCategory", "\"PRODUCTION_INFERENCE\"");
        fields.put("amount", "18500.00");
        fields.put("currency", "\"USD\"");
        fields.put("description", "\"ML engineers, 25% of 2 FTE\"");
        fields.put("enteredBy", "\"finops@example.com\"");
        changes.forEach((field, value) -> {
            if (value == null) {
                fields.remove(field);
            } else if (field.equals("amount") && value.matches("-?[0-9.]+")) {
                fields.put(field, value);
            } else {
                fields.put(field, "\"" + value + "\"");
            }
        });
        StringBuilder json = new StringBuilder("{");
        fields.forEach((field, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(field)
                .append("\": ").append(value));
        return json.append('}').toString();
    }
}
