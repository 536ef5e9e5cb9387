package org.chargeback.chargeback;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
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
                .body("paths.'/v1/statement-runs'.post.operationId", equalTo("runStatements"))
                .body("paths.'/v1/statement-runs/{id}'.get.operationId", equalTo("getStatementRun"))
                .body("paths.'/v1/statements'.get.operationId", equalTo("listStatements"))
                .body("paths.'/v1/statements/{id}'.get.operationId", equalTo("getStatement"))
                .body("paths.'/v1/statements/{id}/issue'.post.operationId", equalTo("issueStatement"))
                .body("paths.'/v1/invoices'.get.operationId", equalTo("listInvoices"))
                .body("paths.'/v1/invoices/{number}'.get.operationId", equalTo("getInvoice"))
                .body("paths.'/v1/statement-runs'.post.responses.keySet()", hasItems("201", "400", "422", "502"))
                .body("paths.'/v1/statement-runs'.post.responses.'502'.content.'application/problem+json'.schema",
                        notNullValue())
                .body("paths.'/v1/statement-runs'.post.requestBody.content.'application/json'.examples",
                        notNullValue())
                .body("paths.'/v1/statements/{id}/issue'.post.responses.keySet()", hasItems("200", "404", "409"))
                .body("paths.'/v1/statements/{id}/issue'.post.responses.'409'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/v1/invoices/{number}'.get.responses.keySet()", hasItems("200", "404"))
                .body("paths.'/v1/business-units'.post.operationId", equalTo("registerBusinessUnit"))
                .body("paths.'/v1/business-units'.get.operationId", equalTo("listBusinessUnits"))
                .body("paths.'/v1/business-units/{code}'.get.operationId", equalTo("getBusinessUnit"))
                .body("paths.'/v1/business-units/{code}'.put.operationId", equalTo("updateBusinessUnit"))
                .body("paths.'/v1/business-units/{code}/use-cases'.post.operationId", equalTo("addUseCase"))
                .body("paths.'/v1/business-units/{code}/use-cases'.get.operationId", equalTo("listUseCases"))
                .body("paths.'/v1/business-units'.post.responses.keySet()", hasItems("201", "400", "409"))
                .body("paths.'/v1/business-units/{code}'.put.responses.keySet()",
                        hasItems("200", "400", "404", "412", "428"))
                .body("paths.'/v1/business-units/{code}'.put.responses.'412'.content.'application/problem+json'",
                        notNullValue())
                .body("paths.'/v1/business-units/{code}/use-cases'.post.responses.keySet()",
                        hasItems("201", "400", "404", "409"))
                .body("paths.'/v1/allocation-rules'.post.operationId", equalTo("createAllocationRule"))
                .body("paths.'/v1/allocation-rules'.get.operationId", equalTo("listAllocationRules"))
                .body("paths.'/v1/allocation-rules/{code}'.get.operationId", equalTo("getAllocationRule"))
                .body("paths.'/v1/allocation-rules/{code}'.put.operationId", equalTo("reviseAllocationRule"))
                .body("paths.'/v1/allocation-rules/{code}/versions'.get.operationId",
                        equalTo("listAllocationRuleVersions"))
                .body("paths.'/v1/allocation-rules/preview'.post.operationId", equalTo("previewAllocationRules"))
                .body("paths.'/v1/allocation-rules'.post.responses.keySet()", hasItems("201", "400", "409"))
                .body("paths.'/v1/allocation-rules/{code}'.put.responses.keySet()",
                        hasItems("200", "400", "404", "412", "428"))
                .body("paths.'/v1/allocation-rules/preview'.post.responses.keySet()",
                        hasItems("200", "400", "422", "502"))
                .body("paths.'/v1/allocation-rules/preview'.post.requestBody.content.'application/json'.examples",
                        notNullValue())
                .body("components.schemas.MatchCondition.properties", hasKey("equals"))
                .body("tags.name", hasItems("Statement runs", "Statements", "Invoices", "Business units",
                        "Allocation rules"));
    }

    @Test
    void shouldServeSwaggerUi() {
        given().get("/q/swagger-ui/index.html").then().statusCode(200);
    }
}
