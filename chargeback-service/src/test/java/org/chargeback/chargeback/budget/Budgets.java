package org.chargeback.chargeback.budget;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usageOf;

/** Test helpers for budgets: registered business units, budgets, and a month's statements from one provider cost. */
public final class Budgets {

    private Budgets() {
    }

    public static void register(String code) {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"" + code + "\", \"costCenter\": \"CC-1\","
                        + " \"ownerContact\": \"owner@example.com\"}")
                .when().post("/v1/business-units").then().statusCode(201);
    }

    /** A budget without reserve (so governed = amount), default thresholds; answers it. */
    public static JsonPath budget(String businessUnit, String period, String amount, String extra) {
        return given().contentType(ContentType.JSON)
                .body("{\"businessUnit\": \"" + businessUnit + "\", \"period\": \"" + period + "\", \"amount\": "
                        + amount + ", \"currency\": \"USD\", \"innovationReservePercent\": 0,"
                        + " \"createdBy\": \"cfo@example.com\"" + extra + "}")
                .when().post("/v1/budgets").then().statusCode(201).extract().jsonPath();
    }

    /** Builds the month's statements with one Compute (infrastructure) cost of the business unit. */
    public static JsonPath runWithCost(IngestionClient ingestion, PricingClient pricing, String month,
                                       String businessUnit, String amount) {
        givenIngestion(ingestion, month, costs(month, cost(businessUnit, "Compute", amount)), usageOf(month));
        givenPrice(pricing, month, "none", "unit", "1");
        return given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs").then().statusCode(201).extract().jsonPath();
    }

    /** A manual cost entry of the month in a budget category. */
    public static void entry(String month, String businessUnit, String category, String amount) {
        given().contentType(ContentType.JSON)
                .body("{\"month\": \"" + month + "\", \"businessUnit\": \"" + businessUnit + "\", \"budgetCategory\": \""
                        + category + "\", \"workloadCategory\": \"PRODUCTION_INFERENCE\", \"amount\": " + amount
                        + ", \"currency\": \"USD\", \"description\": \"test\", \"enteredBy\": \"t@example.com\"}")
                .when().post("/v1/cost-entries").then().statusCode(201);
    }

    /** Builds the month's statements from cost entries only. */
    public static void runEntriesOnly(IngestionClient ingestion, PricingClient pricing, String month) {
        givenIngestion(ingestion, month, costs(month), usageOf(month));
        givenPrice(pricing, month, "none", "unit", "1");
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs").then().statusCode(201);
    }
}
