package org.chargeback.pricing.product;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductResourceTest {

    @Test
    void shouldCreateProductFromTheDocumentedExample() {
        String code = uniqueCode("support-resolution");

        api().body(Examples.CREATE_PRODUCT.replace("\"support-resolution\"", "\"" + code + "\""))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header("Location", endsWith("/v1/products/" + code))
                .body("code", equalTo(code))
                .body("name", equalTo("AI support resolution"))
                .body("unit", equalTo("resolution"))
                .body("description", containsString("support assistant"))
                .body("status", equalTo("ACTIVE"))
                .body("createdAt", notNullValue());

        api().get("/v1/products/{code}", code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code))
                .body("status", equalTo("ACTIVE"));
        api().get("/v1/products")
                .then()
                .statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void shouldCreateProductWithoutDescription() {
        String code = uniqueCode("tokens");

        api().body(Examples.CREATE_TOKEN_PRODUCT.replace("\"llm-output-tokens\"", "\"" + code + "\""))
                .post("/v1/products")
                .then()
                .statusCode(201)
                .body("unit", equalTo("token"))
                .body("description", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Upper-case", "-leading-dash", "x", "under_score", "with space",
            "a2345678901234567890123456789012345678901234567890123456789012345"})
    void shouldRejectInvalidCodeAndStoreNothing(String code) {
        api().body("""
                        {"code": "%s", "name": "Bad", "unit": "call"}
                        """.formatted(code))
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("code"))
                .body("errors[0].value", equalTo(code));

        api().get("/v1/products")
                .then()
                .statusCode(200)
                .body("code", not(hasItem(code)));
    }

    @Test
    void shouldNameEveryMissingField() {
        api().body("{}")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("code", "name", "unit"));
    }

    @Test
    void shouldRejectDuplicateProductAndKeepTheFirst() {
        String code = uniqueCode("dup");
        api().body("""
                        {"code": "%s", "name": "First", "unit": "call"}
                        """.formatted(code))
                .post("/v1/products")
                .then().statusCode(201);

        api().body("""
                        {"code": "%s", "name": "Second", "unit": "page"}
                        """.formatted(code))
                .post("/v1/products")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/product-exists"))
                .body("status", equalTo(409))
                .body("detail", containsString(code))
                .body("instance", equalTo("/v1/products"));

        api().get("/v1/products/{code}", code)
                .then()
                .statusCode(200)
                .body("name", equalTo("First"))
                .body("unit", equalTo("call"));
    }

    @Test
    void shouldRejectMalformedJsonAndStoreNothing() {
        String code = uniqueCode("broken");

        String detail = api().body("{\"code\": \"" + code + "\", \"name\": \"Broken\", \"unit\": ")
                .post("/v1/products")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unreadable-body"))
                .extract().path("detail");

        assertThat(detail).startsWith("The JSON body cannot be read");
        api().get("/v1/products/{code}", code).then().statusCode(404);
    }

    @Test
    void shouldAnswerNotFoundProblemForUnknownProduct() {
        String code = uniqueCode("missing");

        api().get("/v1/products/{code}", code)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(code));
    }
}
