package org.chargeback.chargeback;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

import static io.restassured.RestAssured.given;

/** REST Assured helpers shared by the API tests. JSON numbers are read as BigDecimal: money is never a double. */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    static {
        RestAssured.config = RestAssured.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private Api() {
    }

    /** Call first in a test class (e.g. from @BeforeAll) so every response reads numbers as BigDecimal. */
    public static void readNumbersAsBigDecimal() {
        // The static initializer did the work.
    }

    /** Runs the month's statements and expects 201. */
    public static JsonPath runMonth(String month) {
        return given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(201).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    /** Issues the statement and expects 200. */
    public static JsonPath issue(String statementId) {
        return given().when().post("/v1/statements/{id}/issue", statementId)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath();
    }

    /** Waives every unrated line of a draft (so it can be issued) and answers the statement. */
    public static JsonPath waiveUnrated(String statementId) {
        JsonPath statement = given().when().get("/v1/statements/{id}", statementId).then().statusCode(200)
                .extract().jsonPath();
        for (Object n : statement.getList("lines.findAll { it.kind == 'UNRATED' && it.waiverReason == null }.lineNumber")) {
            statement = given().contentType(ContentType.JSON)
                    .body("{\"reason\": \"accepted in test\", \"by\": \"tester@example.com\"}")
                    .when().post("/v1/statements/{id}/lines/{n}/waiver", statementId, n)
                    .then().statusCode(200).extract().jsonPath();
        }
        return statement;
    }

    /** Waives any unrated line, then issues the statement and expects 200. */
    public static JsonPath waiveAndIssue(String statementId) {
        waiveUnrated(statementId);
        return issue(statementId);
    }

    /** The id of the business unit's statement in a run view. */
    public static String statementIdOf(JsonPath run, String businessUnit) {
        return run.getString("statements.find { it.businessUnit == '" + businessUnit + "' }.id");
    }
}
