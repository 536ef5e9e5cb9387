package org.chargeback.chargeback.forecast;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chargeback.chargeback.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ForecastResourceTest {

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    private static String create(String code) {
        return Examples.CREATE.replace("support-ai-2027", code).replaceAll("\"businessUnit\": \"support\",\\s*", "");
    }

    @Test
    void shouldStoreEachReforecastAsANewVersionWithTheExampleFigures() {
        given().contentType(ContentType.JSON).body(create("fc-versions")).when().post("/v1/forecasts")
                .then().statusCode(201).header("ETag", "\"1\"")
                .body("months", hasSize(2))
                .body("months[0].expected", equalTo(new BigDecimal("14644.67")))
                .body("months[1].constrained", equalTo(new BigDecimal("11438.21")))
                .body("totals.expected", equalTo(new BigDecimal("28942.43")))
                .body("totals.growth", equalTo(new BigDecimal("34730.93")));

        String reforecast = Examples.REFORECAST.replaceAll("\"businessUnit\": \"support\",\\s*", "");
        given().contentType(ContentType.JSON).body(reforecast).when().put("/v1/forecasts/fc-versions")
                .then().statusCode(428).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(reforecast)
                .when().put("/v1/forecasts/fc-versions").then().statusCode(200).header("ETag", "\"2\"")
                .body("version", equalTo(2)).body("horizonMonths", equalTo(9));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(reforecast)
                .when().put("/v1/forecasts/fc-versions").then().statusCode(412)
                .body("type", equalTo("/problems/stale-forecast"));

        given().when().get("/v1/forecasts/fc-versions/versions").then().statusCode(200)
                .body("version", equalTo(java.util.List.of(1, 2)))
                .body("[0].baseMonthlyCost", equalTo(new BigDecimal("10000.00")));
        given().when().get("/v1/forecasts/fc-versions").then().statusCode(200).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(create("fc-versions")).when().post("/v1/forecasts")
                .then().statusCode(409).body("type", equalTo("/problems/forecast-exists"));
    }

    @Test
    void shouldRefuseProbabilitiesThatDoNotAddUpToOne() {
        String body = create("fc-bad").replace("\"changedBy\"", "\"scenarios\": [{\"name\": \"baseline\","
                + " \"usageMultiplier\": 1, \"probability\": 0.9}], \"changedBy\"");
        given().contentType(ContentType.JSON).body(body).when().post("/v1/forecasts").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("scenarios"));
        given().when().get("/v1/forecasts/fc-bad").then().statusCode(404);
    }

    @Test
    void shouldProjectTheLlmCostOfTheExample() {
        given().contentType(ContentType.JSON).body(Examples.LLM_REQUEST).when().post("/v1/forecasts/llm-cost")
                .then().statusCode(200)
                .body("months[0].bufferedCost", equalTo(new BigDecimal("1050.00")))
                .body("months[0].routedCost", equalTo(new BigDecimal("457.80")))
                .body("savingTotal", equalTo(new BigDecimal("1776.60")));
        given().contentType(ContentType.JSON).body(Examples.LLM_REQUEST.replace("\"bufferPercent\": 40",
                        "\"bufferPercent\": 25")).when().post("/v1/forecasts/llm-cost")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("bufferPercent"));
    }
}
