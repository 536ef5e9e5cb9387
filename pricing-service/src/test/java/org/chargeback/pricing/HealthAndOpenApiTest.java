package org.chargeback.pricing;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void shouldBeReadyWithTheDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @Test
    void shouldDocumentEveryEndpointWithProblemResponses() {
        given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/v1/products'.post.operationId", equalTo("createProduct"))
                .body("paths.'/v1/products'.get.operationId", equalTo("listProducts"))
                .body("paths.'/v1/products/{code}'.get.operationId", equalTo("getProduct"))
                .body("paths.'/v1/products/{code}/prices'.post.operationId", equalTo("addPrice"))
                .body("paths.'/v1/products/{code}/prices'.get.operationId", equalTo("listPriceHistory"))
                .body("paths.'/v1/quotes'.get.operationId", equalTo("quotePrice"))
                .body("paths.'/v1/quotes'.post.operationId", equalTo("quoteBatch"))
                .body("paths.'/v1/products/{code}'.put.operationId", equalTo("updateProduct"))
                .body("paths.'/v1/products/{code}'.put.responses.keySet()", hasItems("200", "400", "404", "412", "428"))
                .body("paths.'/v1/frozen-periods/{month}'.put.operationId", equalTo("freezePeriod"))
                .body("paths.'/v1/frozen-periods'.get.operationId", equalTo("listFrozenPeriods"))
                .body("paths.'/v1/price-changes'.get.operationId", equalTo("listPriceChanges"))
                .body("paths.'/v1/quotes'.get.description", containsString("NOT rounded"))
                .body("paths.'/v1/quotes'.get.description", containsString("wins over the list price"))
                .body("paths.'/v1/products'.post.responses.keySet()", hasItems("201", "400", "409"))
                .body("paths.'/v1/products/{code}/prices'.post.responses.'409'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/v1/products/{code}/prices'.post.requestBody.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/v1/quotes'.get.responses.keySet()", hasItems("200", "400", "404"))
                .body("tags.name", hasItems("Products", "Price book", "Quotes"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
    }
}
