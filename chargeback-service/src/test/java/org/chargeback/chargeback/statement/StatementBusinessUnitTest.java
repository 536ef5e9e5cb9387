package org.chargeback.chargeback.statement;

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

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Statements name their business unit as the registry called it when they were built. */
@QuarkusTest
class StatementBusinessUnitTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldShowTheRegisteredNameAndCostCenterAndKeepThemWhenTheRegistryChanges() {
        String month = "2024-03";
        String registered = "bu-" + UUID.randomUUID().toString().substring(0, 8);
        String unregistered = "bu-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + registered + "\", \"name\": \"Customer Support\", \"costCenter\": \"CC-4100\","
                        + " \"ownerContact\": \"support-lead@example.com\"}")
                .when().post("/v1/business-units").then().statusCode(201);
        givenIngestion(ingestion, month, costs(month,
                        cost(registered, "Compute", "12.50"),
                        cost(unregistered, "Compute", "5.00")),
                usageOf(month,
                        usage(registered, "ai-resolution", "10"),
                        usage(unregistered, "ai-resolution", "1")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");

        JsonPath run = Api.runMonth(month);
        String registeredId = statementIdOf(run, registered);
        String unregisteredId = statementIdOf(run, unregistered);

        given().when().get("/v1/statements/{id}", registeredId)
                .then().statusCode(200)
                .body("businessUnit", equalTo(registered))
                .body("businessUnitName", equalTo("Customer Support"))
                .body("costCenter", equalTo("CC-4100"));
        given().when().get("/v1/statements/{id}", unregisteredId)
                .then().statusCode(200)
                .body("businessUnit", equalTo(unregistered))
                .body("businessUnitName", nullValue())
                .body("costCenter", nullValue());
        given().when().get("/v1/statements?month={month}&businessUnit={bu}", month, registered)
                .then().statusCode(200)
                .body("[0].businessUnitName", equalTo("Customer Support"))
                .body("[0].costCenter", equalTo("CC-4100"));

        // An issued statement keeps what the business unit was called; the next run's drafts take the new details.
        Api.issue(registeredId);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"name\": \"Customer Care\", \"costCenter\": \"CC-4200\", \"ownerContact\": \"care@example.com\"}")
                .when().put("/v1/business-units/{code}", registered).then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + unregistered + "\", \"name\": \"Sales\", \"costCenter\": \"CC-3100\","
                        + " \"ownerContact\": \"sales-ops@example.com\"}")
                .when().post("/v1/business-units").then().statusCode(201);

        JsonPath rerun = Api.runMonth(month);

        given().when().get("/v1/statements/{id}", registeredId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("businessUnitName", equalTo("Customer Support"))
                .body("costCenter", equalTo("CC-4100"));
        given().when().get("/v1/statements/{id}", statementIdOf(rerun, unregistered))
                .then().statusCode(200)
                .body("businessUnitName", equalTo("Sales"))
                .body("costCenter", equalTo("CC-3100"));
    }
}
