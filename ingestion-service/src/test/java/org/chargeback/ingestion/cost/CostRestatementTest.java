package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class CostRestatementTest extends WithEmbeddedPostgres {

    @Test
    void shouldLetARestatedScopeSupersedeTheEarlierRowsAndKeepThemQueryable() throws InterruptedException {
        String month = "2033-01";
        String firstId = given().contentType("text/csv")
                .body(FocusFiles.file(FocusFiles.row(month, "100", "Compute", "alpha"), FocusFiles.row(month, "50", "Storage", "beta")))
                .when().post("/v1/cost-imports").then().statusCode(201)
                .body("scopes[0].billingAccountId", equalTo("acct-1")).body("scopes[0].revision", equalTo(1))
                .extract().path("id");
        Thread.sleep(20);
        Instant between = Instant.now();
        Thread.sleep(20);
        // The provider re-sends the whole month for the account: one row changed, one gone.
        String secondId = given().contentType("text/csv")
                .body(FocusFiles.file(FocusFiles.row(month, "120.5", "Compute", "alpha")))
                .when().post("/v1/cost-imports").then().statusCode(201)
                .body("scopes[0].revision", equalTo(2)).body("scopes[0].current", equalTo(true))
                .extract().path("id");

        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].billedCost", decimal("120.5")).body("totals[0].rowCount", equalTo(1));
        given().queryParam("billingPeriod", month).queryParam("asOf", between.toString()).when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].billedCost", decimal("150")).body("totals[0].rowCount", equalTo(2));

        given().when().get("/v1/cost-imports/" + firstId)
                .then().statusCode(200).body("rowCount", equalTo(2))
                .body("scopes[0].current", equalTo(false)).body("scopes[0].validTo", org.hamcrest.Matchers.notNullValue());
        given().queryParam("billingPeriod", month).when().get("/v1/costs/revisions")
                .then().statusCode(200).body("", hasSize(1))
                .body("[0].revision", equalTo(2)).body("[0].importId", equalTo(secondId));
        given().queryParam("billingPeriod", month).queryParam("history", true).when().get("/v1/costs/revisions")
                .then().statusCode(200).body("", hasSize(2));
        given().queryParam("billingPeriod", month).when().get("/v1/cost-imports")
                .then().statusCode(200).body("", hasSize(2)).body("[0].id", equalTo(secondId));
    }

    @Test
    void shouldRestateOnlyTheAccountsAFileCovers() {
        String month = "2033-02";
        given().contentType("text/csv").body(FocusFiles.file(
                        FocusFiles.row(month, "10", "Compute", "alpha"),
                        FocusFiles.row(month, "20", "Compute", "alpha").replace(",acct-1,", ",acct-2,")))
                .when().post("/v1/cost-imports").then().statusCode(201).body("scopes", hasSize(2));
        given().contentType("text/csv").body(FocusFiles.file(FocusFiles.row(month, "11", "Compute", "alpha")))
                .when().post("/v1/cost-imports").then().statusCode(201);
        given().queryParam("billingPeriod", month).queryParam("groupBy", "billingAccountId").when().get("/v1/costs/summary")
                .then().statusCode(200)
                .body("groups[0].dimensions.billingAccountId", equalTo("acct-1")).body("groups[0].billedCost", decimal("11"))
                .body("groups[1].dimensions.billingAccountId", equalTo("acct-2")).body("groups[1].billedCost", decimal("20"));
    }

    @Test
    void shouldRejectABadAsOfNamingIt() {
        given().queryParam("billingPeriod", "2033-01").queryParam("asOf", "yesterday").when().get("/v1/costs/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("asOf"));
    }
}
