package org.chargeback.chargeback.businessunit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chargeback.chargeback.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The business unit registry API; each test registers business units under codes of its own. */
@QuarkusTest
class BusinessUnitResourceTest {

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldRegisterABusinessUnitAndAddItsUseCases() {
        String code = newCode();
        given().contentType(ContentType.JSON).body(businessUnit(code, "Customer Support", "CC-4100",
                        "support-lead@example.com"))
                .when().post("/v1/business-units")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/v1/business-units/" + code))
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code))
                .body("name", equalTo("Customer Support"))
                .body("costCenter", equalTo("CC-4100"))
                .body("ownerContact", equalTo("support-lead@example.com"))
                .body("version", equalTo(1))
                .body("useCases", empty());

        given().contentType(ContentType.JSON).body(Examples.ADD_USE_CASE)
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/v1/business-units/" + code + "/use-cases"))
                .body("businessUnit", equalTo(code))
                .body("code", equalTo("ticket-resolution"))
                .body("product", equalTo("ai-resolution"))
                .body("valuePerUnit", equalTo(new BigDecimal("4.50")))
                .body("valueCurrency", equalTo("USD"));
        given().contentType(ContentType.JSON).body(Examples.ADD_USE_CASE_WITHOUT_VALUE)
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(201)
                .body("valuePerUnit", nullValue())
                .body("valueCurrency", nullValue());

        given().when().get("/v1/business-units/{code}", code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Customer Support"))
                .body("useCases.code", contains("doc-summaries", "ticket-resolution"))
                .body("useCases[1].valuePerUnit", equalTo(new BigDecimal("4.50")));
        given().when().get("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("code", contains("doc-summaries", "ticket-resolution"));
        given().when().get("/v1/business-units")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("code", hasItem(code))
                .body("find { it.code == '" + code + "' }.costCenter", equalTo("CC-4100"));
    }

    @Test
    void shouldRejectARegisteredCodeKeepingTheFirst() {
        String code = newCode();
        register(code);

        given().contentType(ContentType.JSON).body(businessUnit(code, "Other", "CC-9", "other@example.com"))
                .when().post("/v1/business-units")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/business-unit-exists"))
                .body("code", equalTo(code))
                .body("instance", equalTo("/v1/business-units"));
        given().when().get("/v1/business-units/{code}", code)
                .then().statusCode(200).body("name", equalTo("Customer Support"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "NULL", value = {
            "code, Support",
            "code, -support",
            "code, s",
            "code, sup_port",
            "code, NULL",
            "name, ''",
            "name, NULL",
            "costCenter, ' '",
            "costCenter, NULL",
            "ownerContact, support-lead",
            "ownerContact, ''",
            "ownerContact, NULL"})
    void shouldRejectAnInvalidBusinessUnitFieldStoringNothing(String field, String value) {
        String code = newCode();
        String body = businessUnit(field.equals("code") ? value : code,
                field.equals("name") ? value : "Customer Support",
                field.equals("costCenter") ? value : "CC-4100",
                field.equals("ownerContact") ? value : "support-lead@example.com");

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/business-units")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.field", contains(field));
        given().when().get("/v1/business-units/{code}", code).then().statusCode(404);
        given().when().get("/v1/business-units")
                .then().statusCode(200).body("code", not(hasItem(code)));
    }

    @Test
    void shouldRejectAMissingOrUnreadableBody() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/v1/business-units")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body("{\"code\": ")
                .when().post("/v1/business-units")
                .then().statusCode(400).contentType(PROBLEM_JSON);
        String code = newCode();
        register(code);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"x-1\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valuePerUnit\": \"lots\","
                        + " \"valueCurrency\": \"USD\"}")
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("valuePerUnit"));
        given().when().get("/v1/business-units/{code}/use-cases", code).then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownBusinessUnit() {
        String code = newCode();
        given().when().get("/v1/business-units/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("instance", equalTo("/v1/business-units/" + code));
        given().when().get("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).body(Examples.ADD_USE_CASE)
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Examples.UPDATE_BUSINESS_UNIT)
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRejectADuplicateUseCaseKeepingTheFirst() {
        String code = newCode();
        register(code);
        given().contentType(ContentType.JSON).body(Examples.ADD_USE_CASE)
                .when().post("/v1/business-units/{code}/use-cases", code).then().statusCode(201);

        given().contentType(ContentType.JSON)
                .body("{\"code\": \"ticket-resolution\", \"name\": \"Other\", \"product\": \"doc-summary\"}")
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/use-case-exists"))
                .body("code", equalTo("ticket-resolution"));
        given().when().get("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].product", equalTo("ai-resolution"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "code|{\"code\": \"Ticket\", \"name\": \"n\", \"product\": \"ai-resolution\"}",
            "code|{\"name\": \"n\", \"product\": \"ai-resolution\"}",
            "name|{\"code\": \"tickets\", \"name\": \" \", \"product\": \"ai-resolution\"}",
            "product|{\"code\": \"tickets\", \"name\": \"n\"}",
            "product|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"AI Resolution\"}",
            "valuePerUnit|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valuePerUnit\": -0.01, \"valueCurrency\": \"USD\"}",
            "valuePerUnit|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valueCurrency\": \"USD\"}",
            "valueCurrency|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valuePerUnit\": 4.50}",
            "valueCurrency|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valuePerUnit\": 4.50, \"valueCurrency\": \"usd\"}",
            "valueCurrency|{\"code\": \"tickets\", \"name\": \"n\", \"product\": \"ai-resolution\", \"valuePerUnit\": 4.50, \"valueCurrency\": \"XYZ\"}"})
    void shouldRejectAnInvalidUseCaseFieldStoringNothing(String field, String body) {
        String code = newCode();
        register(code);

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.field", contains(field));
        given().when().get("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldChangeDetailsOnlyWithTheCurrentEtag() {
        String code = newCode();
        register(code);

        given().contentType(ContentType.JSON).body(Examples.UPDATE_BUSINESS_UNIT)
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(428).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-required"));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Examples.UPDATE_BUSINESS_UNIT)
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"2\""))
                .body("code", equalTo(code))
                .body("name", equalTo("Customer Care"))
                .body("costCenter", equalTo("CC-4200"))
                .body("ownerContact", equalTo("care-lead@example.com"))
                .body("version", equalTo(2));

        // A second writer that read version 1 must not overwrite the change it did not see.
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(businessUnitDetails("Stale name", "CC-0000", "stale@example.com"))
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/stale-business-unit"))
                .body("currentEtag", equalTo("\"2\""));
        given().contentType(ContentType.JSON).header("If-Match", "not-an-etag")
                .body(businessUnitDetails("Stale name", "CC-0000", "stale@example.com"))
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(412).contentType(PROBLEM_JSON);
        given().when().get("/v1/business-units/{code}", code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("name", equalTo("Customer Care"))
                .body("costCenter", equalTo("CC-4200"));
    }

    @Test
    void shouldRefuseToChangeTheCodeOrStoreAnInvalidChange() {
        String code = newCode();
        register(code);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"code\": \"other\", \"name\": \"n\", \"costCenter\": \"CC-1\", \"ownerContact\": \"a@example.com\"}")
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("code"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(businessUnitDetails("Customer Care", "CC-4200", "not an email"))
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("ownerContact"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(businessUnitDetails("", "CC-4200", "care-lead@example.com"))
                .when().put("/v1/business-units/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("name"));
        given().when().get("/v1/business-units/{code}", code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Customer Support"))
                .body("ownerContact", equalTo("support-lead@example.com"));
    }

    /** Registers a business unit as "Customer Support", cost center CC-4100. */
    static void register(String code) {
        given().contentType(ContentType.JSON)
                .body(businessUnit(code, "Customer Support", "CC-4100", "support-lead@example.com"))
                .when().post("/v1/business-units")
                .then().statusCode(201);
    }

    private static String newCode() {
        return "bu-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String businessUnit(String code, String name, String costCenter, String ownerContact) {
        return "{\"code\": " + json(code) + ", \"name\": " + json(name) + ", \"costCenter\": " + json(costCenter)
                + ", \"ownerContact\": " + json(ownerContact) + "}";
    }

    private static String businessUnitDetails(String name, String costCenter, String ownerContact) {
        return "{\"name\": " + json(name) + ", \"costCenter\": " + json(costCenter) + ", \"ownerContact\": "
                + json(ownerContact) + "}";
    }

    private static String json(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
