package org.chargeback.pricing;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.math.BigDecimal;
import java.util.UUID;

/** Test helpers for calling the API. Each test creates its own data under unique codes; nothing is seeded. */
public final class PricingApi {

    public static final String PROBLEM_JSON = "application/problem+json";

    /** Reads JSON numbers as BigDecimal: money assertions must not go through double. */
    private static final RestAssuredConfig EXACT_NUMBERS = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    private PricingApi() {
    }

    /**
     * Matches a JSON number by value, whatever type JsonPath gave it (integers come back as Integer/Long even with
     * BIG_DECIMAL configured): compareTo, so 1062.5 and 1062.50 are the same amount.
     */
    public static Matcher<Object> isDecimal(String expected) {
        BigDecimal value = new BigDecimal(expected);
        return new TypeSafeDiagnosingMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object actual, Description mismatch) {
                mismatch.appendText("was ").appendValue(actual);
                return actual instanceof Number number && new BigDecimal(number.toString()).compareTo(value) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number equal to ").appendText(expected);
            }
        };
    }

    public static RequestSpecification api() {
        return RestAssured.given().config(EXACT_NUMBERS).contentType(ContentType.JSON);
    }

    /** A product code no other test uses, e.g. {@code quote-3f9a1c2e}. */
    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static void createProduct(String code, String unit) {
        api().body("""
                        {"code": "%s", "name": "Test product %s", "unit": "%s"}
                        """.formatted(code, code, unit))
                .post("/v1/products")
                .then().statusCode(201);
    }

    /** Adds any price version body (model, scope, ...) and returns the id; reason and changedBy are added. */
    public static String addVersion(String code, String json) {
        String body = json.strip();
        body = body.substring(0, body.length() - 1) + ", \"reason\": \"test\", \"changedBy\": \"tester@example.com\"}";
        return api().body(body)
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Adds a list price version; unitPrice goes into the JSON as written, so its digits are exact. Returns the id. */
    public static String addPrice(String code, String unitPrice, String currency, String effectiveFrom) {
        return api().body("""
                        {"model": "flat", "unitRate": %s, "currency": "%s", "effectiveFrom": "%s", "reason": "test",
                         "changedBy": "tester@example.com"}
                        """.formatted(unitPrice, currency, effectiveFrom))
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(201)
                .extract().path("id");
    }
}
