package org.chargeback.chargeback.allocation;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chargeback.chargeback.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.allocation.Rules.create;
import static org.chargeback.chargeback.allocation.Rules.direct;
import static org.chargeback.chargeback.allocation.Rules.fixed;
import static org.chargeback.chargeback.allocation.Rules.newCode;
import static org.chargeback.chargeback.allocation.Rules.registerBusinessUnit;
import static org.chargeback.chargeback.allocation.Rules.rule;
import static org.chargeback.chargeback.allocation.Rules.serviceName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The allocation rule API on the real database. Rules are stored for good (no deletes), so every test uses codes of
 * its own and months of 2041, which no other test class allocates.
 */
@QuarkusTest
class AllocationRuleResourceTest {

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldCreateAndReadARule() {
        String support = registerBusinessUnit("support-bot");
        String legal = registerBusinessUnit(null);
        String code = newCode("gpu");
        String body = "{\"code\": \"" + code + "\", \"name\": \"Shared GPU cluster\", \"priority\": 100,"
                + " \"effectiveFrom\": \"2041-01\", \"effectiveTo\": \"2041-07\","
                + " \"match\": [{\"dimension\": \"tag:team\", \"equals\": \"support\"},"
                + "           {\"dimension\": \"x_cluster\", \"equals\": null}],"
                + " \"allocate\": {\"method\": \"FIXED\", \"shares\": ["
                + "   {\"businessUnit\": \"" + support + "\", \"percent\": 33.5, \"useCase\": \"support-bot\"},"
                + "   {\"businessUnit\": \"" + legal + "\", \"percent\": 66.5}]},"
                + " \"workloadCategory\": \"EMBEDDED\", \"budgetCategory\": \"VENDOR_AND_API\","
                + " \"changedBy\": \"platform-team\", \"reason\": \"shared from January\"}";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/v1/allocation-rules/" + code))
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code))
                .body("version", equalTo(1))
                .body("priority", equalTo(100))
                .body("effectiveFrom", equalTo("2041-01"))
                .body("effectiveTo", equalTo("2041-07"))
                .body("match[0].dimension", equalTo("tag:team"))
                .body("match[0].equals", equalTo("support"))
                .body("match[1].equals", nullValue())
                .body("allocate.method", equalTo("FIXED"))
                .body("allocate.shares[0].percent", equalTo(new BigDecimal("33.5")))
                .body("allocate.shares[0].useCase", equalTo("support-bot"))
                .body("workloadCategory", equalTo("EMBEDDED"))
                .body("budgetCategory", equalTo("VENDOR_AND_API"))
                .body("changedBy", equalTo("platform-team"));

        given().when().get("/v1/allocation-rules/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("allocate.shares[1].businessUnit", equalTo(legal))
                .body("allocate.shares[1].percent", equalTo(new BigDecimal("66.5")));
        given().when().get("/v1/allocation-rules")
                .then().statusCode(200).body("code", hasItem(code));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/allocation-rule-exists"))
                .body("code", equalTo(code));
    }

    @Test
    void shouldStoreEveryChangeAsANewVersionAndKeepEarlierMonthsAsTheyWere() {
        String support = registerBusinessUnit(null);
        String legal = registerBusinessUnit(null);
        String code = newCode("sagemaker");
        create(rule(code, 10, "2041-02", "2041-06", serviceName("Amazon SageMaker"), direct(support)));

        String change = rule(null, 10, "2041-03", "2041-06", serviceName("Amazon SageMaker"), direct(legal));
        given().contentType(ContentType.JSON).body(change)
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(428).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change)
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2))
                .body("allocate.businessUnit", equalTo(legal));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(change)
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/stale-allocation-rule"))
                .body("currentEtag", equalTo("\"2\""));

        given().when().get("/v1/allocation-rules/{code}/versions", code)
                .then().statusCode(200)
                .body("version", contains(1, 2))
                .body("allocate.businessUnit", contains(support, legal))
                .body("effectiveFrom", contains("2041-02", "2041-03"));
        given().when().get("/v1/allocation-rules/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("version", equalTo(2));

        // February keeps version 1; from March version 2 is in force.
        assertThat(versionInForce("2041-02", code)).isEqualTo(1);
        assertThat(versionInForce("2041-03", code)).isEqualTo(2);
        assertThat(versionInForce("2041-06", code)).isNull();
    }

    @Test
    void shouldListTheRulesInForceInEvaluationOrder() {
        String unit = registerBusinessUnit(null);
        String z = "z" + newCode("o");
        String a = "a" + newCode("o");
        String b = "b" + newCode("o");
        create(rule(z, 0, "2041-08", "2041-09", "[]", direct(unit)));
        create(rule(b, 7, "2041-08", "2041-09", "[]", direct(unit)));
        create(rule(a, 7, "2041-08", "2041-09", "[]", direct(unit)));

        List<String> codes = given().when().get("/v1/allocation-rules?month=2041-08")
                .then().statusCode(200).extract().jsonPath().getList("code", String.class);

        assertThat(codes.stream().filter(c -> c.equals(a) || c.equals(b) || c.equals(z)).toList())
                .containsExactly(z, a, b);
    }

    @Test
    void shouldRetireARuleFromAMonthWithANoneVersion() {
        String unit = registerBusinessUnit(null);
        String code = newCode("retired");
        create(rule(code, 5, "2041-09", "2041-12", serviceName("Amazon S3"), direct(unit)));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(rule(null, 5, "2041-10", "2041-12", serviceName("Amazon S3"), "{\"method\": \"NONE\"}"))
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(200).body("allocate.method", equalTo("NONE"))
                .body("allocate.shares", org.hamcrest.Matchers.empty());

        assertThat(versionInForce("2041-09", code)).isEqualTo(1);
        assertThat(versionInForce("2041-10", code)).isEqualTo(2);
    }

    @Test
    void shouldAnswer404ForAnUnknownRule() {
        String code = newCode("missing");
        given().when().get("/v1/allocation-rules/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));
        given().when().get("/v1/allocation-rules/{code}/versions", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(rule(null, 1, "2041-01", null, "[]", "{\"method\": \"NONE\"}"))
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseToChangeTheCode() {
        String unit = registerBusinessUnit(null);
        String code = newCode("fixed");
        create(rule(code, 5, "2041-01", "2041-02", "[]", direct(unit)));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(rule("other-code", 5, "2041-01", "2041-02", "[]", direct(unit)))
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("code"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "percentages not adding up to 100 | [] | {\"method\": \"FIXED\", \"shares\": [{\"businessUnit\": \"$A\", \"percent\": 50}, {\"businessUnit\": \"$B\", \"percent\": 40}]} | allocate.shares",
            "FIXED share without percent | [] | {\"method\": \"FIXED\", \"shares\": [{\"businessUnit\": \"$A\", \"percent\": 100}, {\"businessUnit\": \"$B\"}]} | allocate.shares[1].percent",
            "FIXED without shares | [] | {\"method\": \"FIXED\"} | allocate.shares",
            "percent on EVEN | [] | {\"method\": \"EVEN\", \"shares\": [{\"businessUnit\": \"$A\", \"percent\": 100}]} | allocate.shares[0].percent",
            "product on FIXED | [] | {\"method\": \"FIXED\", \"product\": \"p\", \"shares\": [{\"businessUnit\": \"$A\", \"percent\": 100}]} | allocate.product",
            "business unit on EVEN | [] | {\"method\": \"EVEN\", \"businessUnit\": \"$A\"} | allocate.businessUnit",
            "shares on DIRECT | [] | {\"method\": \"DIRECT\", \"businessUnit\": \"$A\", \"shares\": [{\"businessUnit\": \"$B\"}]} | allocate.shares",
            "DIRECT without business unit | [] | {\"method\": \"DIRECT\"} | allocate.businessUnit",
            "DIRECT to an unregistered business unit | [] | {\"method\": \"DIRECT\", \"businessUnit\": \"nobody-registered-this\"} | allocate.businessUnit",
            "use case of another business unit | [] | {\"method\": \"DIRECT\", \"businessUnit\": \"$B\", \"useCase\": \"uc-a\"} | allocate.useCase",
            "share to an unregistered business unit | [] | {\"method\": \"USAGE_UNITS\", \"shares\": [{\"businessUnit\": \"nobody-registered-this\"}]} | allocate.shares[0].businessUnit",
            "business unit twice | [] | {\"method\": \"EVEN\", \"shares\": [{\"businessUnit\": \"$A\"}, {\"businessUnit\": \"$A\"}]} | allocate.shares[1].businessUnit",
            "fields on NONE | [] | {\"method\": \"NONE\", \"businessUnit\": \"$A\"} | allocate.businessUnit",
            "unknown dimension | [{\"dimension\": \"team\", \"equals\": \"x\"}] | {\"method\": \"NONE\"} | match[0].dimension",
            "tag without key | [{\"dimension\": \"tag:\", \"equals\": \"x\"}] | {\"method\": \"NONE\"} | match[0].dimension",
            "dimension twice | [{\"dimension\": \"skuId\", \"equals\": \"a\"}, {\"dimension\": \"skuId\", \"equals\": \"b\"}] | {\"method\": \"NONE\"} | match[1].dimension",
            "blank dimension | [{\"dimension\": \"\", \"equals\": \"x\"}] | {\"method\": \"NONE\"} | match[0].dimension",
            "unknown method | [] | {\"method\": \"RANDOM\"} | allocate.method",
            "no method | [] | {} | allocate.method",
    })
    void shouldRefuseAnInvalidRuleNamingTheField(String why, String match, String allocate, String field) {
        String a = registerBusinessUnit("uc-a");
        String b = registerBusinessUnit(null);
        String body = rule(newCode("bad"), 1, "2041-01", null, match,
                allocate.replace("$A", a).replace("$B", b));

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "effectiveTo before effectiveFrom | \"2041-05\" | \"2041-05\" | 1 | effectiveTo",
            "month 13 | \"2041-13\" | null | 1 | effectiveFrom",
            "no month | null | null | 1 | effectiveFrom",
            "day given | \"2041-05-01\" | null | 1 | effectiveFrom",
            "negative priority | \"2041-05\" | null | -1 | priority",
    })
    void shouldRefuseBadMonthsAndPriorities(String why, String from, String to, int priority, String field) {
        String body = "{\"code\": \"" + newCode("bad") + "\", \"name\": \"x\", \"priority\": " + priority
                + ", \"effectiveFrom\": " + from + ", \"effectiveTo\": " + to + ", \"match\": [],"
                + " \"allocate\": {\"method\": \"NONE\"}, \"changedBy\": \"test\"}";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));
    }

    @Test
    void shouldRequireTheCodeOnCreate() {
        given().contentType(ContentType.JSON).body(rule(null, 1, "2041-01", null, "[]", "{\"method\": \"NONE\"}"))
                .when().post("/v1/allocation-rules")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body(rule("Bad Code", 1, "2041-01", null, "[]", "{\"method\": \"NONE\"}"))
                .when().post("/v1/allocation-rules")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldRefuseABadMonthFilter() {
        given().when().get("/v1/allocation-rules?month=2041-13")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("month"));
    }

    @Test
    void shouldStoreNothingForARefusedChange() {
        String unit = registerBusinessUnit(null);
        String code = newCode("kept");
        create(rule(code, 5, "2041-01", "2041-02", "[]", direct(unit)));

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(rule(null, 5, "2041-01", "2041-02", "[]", fixed(unit, "50", unit, "50")))
                .when().put("/v1/allocation-rules/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON);

        given().when().get("/v1/allocation-rules/{code}/versions", code)
                .then().statusCode(200).body("version", contains(1));
    }

    private static Integer versionInForce(String month, String code) {
        return given().when().get("/v1/allocation-rules?month=" + month)
                .then().statusCode(200).extract().jsonPath()
                .get("find { it.code == '" + code + "' }.version");
    }
}
