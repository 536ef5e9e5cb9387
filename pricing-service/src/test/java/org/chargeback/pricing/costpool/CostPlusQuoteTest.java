package org.chargeback.pricing.costpool;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addVersion;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.isDecimal;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.chargeback.pricing.costpool.IngestionStandIn.COST_SUMMARIES;
import static org.chargeback.pricing.costpool.IngestionStandIn.USAGE_SUMMARIES;
import static org.chargeback.pricing.costpool.IngestionStandIn.costSummary;
import static org.chargeback.pricing.costpool.IngestionStandIn.requestsFor;
import static org.chargeback.pricing.costpool.IngestionStandIn.usageSummary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Cost-plus quotes through the API against an HTTP stand-in for ingestion-service: the pool's EffectiveCost of the
 * month shared over every business unit's units of the product, plus the markup; and what a caller gets when the
 * pool has no cost, the product no usage, or ingestion fails.
 */
@QuarkusTest
@QuarkusTestResource(value = IngestionStandIn.class, restrictToAnnotatedClass = true)
class CostPlusQuoteTest {

    /**
     * A cost-plus product whose pool {@code tag:use-case=<unique>} cost 4,505.00 USD in {@code month} and which was
     * used 10,000 times in it (by every business unit); other tag values, untagged costs and other products' usage
     * are in the same answers and must not count. Returns {product code, tag value}.
     */
    private static String[] costPlusProductWith4505Over10000Units(String month) {
        String code = uniqueCode("costplus");
        String useCase = uniqueCode("support-bot");
        createProduct(code, "resolution");
        addVersion(code, """
                {"model": "cost-plus", "costPool": "tag:use-case=%s", "markup": 0.20, "currency": "USD",
                 "effectiveFrom": "2026-01-01"}""".formatted(useCase));
        COST_SUMMARIES.put(month, costSummary(month, "use-case",
                useCase, "USD", "4505.00",
                "contract-review", "USD", "999.99",
                null, "USD", "12.34"));
        USAGE_SUMMARIES.put(month, usageSummary(month, "other-product", "777", code, "10000"));
        return new String[] {code, useCase};
    }

    @Test
    void shouldQuoteThePoolCostPerUnitOfTheMonthPlusTheMarkupAndShowBothParts() {
        String[] product = costPlusProductWith4505Over10000Units("2026-03");

        // 4505.00 / 10000 = 0.4505 cost per unit; x 0.20 = 0.0901 markup per unit; 0.5406 x 2500 = 1351.50.
        quote(product[0], "customer-support", "2500", "2026-03-15").then()
                .statusCode(200)
                .body("model", equalTo("cost-plus"))
                .body("amount", isDecimal("1351.50"))
                .body("currency", equalTo("USD"))
                .body("unitRate", isDecimal("0.5406"))
                .body("costPlus.costPool", equalTo("tag:use-case=" + product[1]))
                .body("costPlus.month", equalTo("2026-03"))
                .body("costPlus.poolCost", isDecimal("4505.00"))
                .body("costPlus.monthUnits", isDecimal("10000"))
                .body("costPlus.costPerUnit", isDecimal("0.4505"))
                .body("costPlus.markup", isDecimal("0.20"))
                .body("costPlus.markupPerUnit", isDecimal("0.0901"))
                .body("costPlus.unitRate", isDecimal("0.5406"))
                .body("lines.units", contains(isDecimal("2500")))
                .body("lines.rate", contains(isDecimal("0.5406")))
                .body("lines.amount", contains(isDecimal("1351.50")));

        assertThat(IngestionStandIn.REQUESTS).contains(
                "/v1/costs/summary?billingPeriod=2026-03&groupBy=tag:use-case",
                "/v1/usage/summary?month=2026-03&groupBy=product");
    }

    @Test
    void shouldShareThePoolOverTheBusinessUnitsOfABatchAskingIngestionOnce() {
        String[] product = costPlusProductWith4505Over10000Units("2026-04");

        // The three business units used the 10,000 units: their amounts add up to the pool's cost plus 20 %.
        api().body("""
                        {"items": [
                          {"businessUnit": "customer-support", "product": "%1$s", "quantity": 6000, "month": "2026-04"},
                          {"businessUnit": "legal", "product": "%1$s", "quantity": 3000, "month": "2026-04"},
                          {"businessUnit": "marketing", "product": "%1$s", "quantity": 1000, "month": "2026-04"}]}
                        """.formatted(product[0]))
                .post("/v1/quotes")
                .then().statusCode(200)
                .body("results.status", contains("PRICED", "PRICED", "PRICED"))
                .body("results.quote.unitRate", contains(isDecimal("0.5406"), isDecimal("0.5406"),
                        isDecimal("0.5406")))
                .body("results.quote.amount", contains(isDecimal("3243.60"), isDecimal("1621.80"),
                        isDecimal("540.60")));

        assertThat(requestsFor("/v1/costs/summary?billingPeriod=2026-04")).isEqualTo(1);
        assertThat(requestsFor("/v1/usage/summary?month=2026-04")).isEqualTo(1);
    }

    @Test
    void shouldRefuseToQuoteAPoolWithoutCostInTheMonthInsteadOfChargingNothing() {
        String code = uniqueCode("costplus");
        createProduct(code, "resolution");
        addVersion(code, """
                {"model": "cost-plus", "costPool": "tag:use-case=never-tagged", "markup": 0.10, "currency": "USD",
                 "effectiveFrom": "2026-01-01"}""");
        COST_SUMMARIES.put("2026-05", costSummary("2026-05", "use-case", "contract-review", "USD", "999.99"));
        USAGE_SUMMARIES.put("2026-05", usageSummary("2026-05", code, "10000"));

        quote(code, "customer-support", "100", "2026-05-01").then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/cost-plus-undefined"))
                .body("detail", containsString("no cost tagged use-case=never-tagged in billing period 2026-05"));

        // In a batch (a statement run) the item is UNPRICED with the same problem, the others are still priced.
        api().body("""
                        {"items": [{"businessUnit": "legal", "product": "%s", "quantity": 100, "month": "2026-05"}]}
                        """.formatted(code))
                .post("/v1/quotes")
                .then().statusCode(200)
                .body("results[0].status", equalTo("UNPRICED"))
                .body("results[0].quote", nullValue())
                .body("results[0].problem.type", equalTo("/problems/cost-plus-undefined"));
    }

    @Test
    void shouldRefuseToQuoteAMonthWithoutUsageOfTheProduct() {
        String code = uniqueCode("costplus");
        createProduct(code, "resolution");
        addVersion(code, """
                {"model": "cost-plus", "costPool": "tag:use-case=support-bot", "markup": 0.10, "currency": "USD",
                 "effectiveFrom": "2026-01-01"}""");
        COST_SUMMARIES.put("2026-07", costSummary("2026-07", "use-case", "support-bot", "USD", "100.00"));
        USAGE_SUMMARIES.put("2026-07", usageSummary("2026-07", "other-product", "5"));

        quote(code, "customer-support", "100", "2026-07-01").then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/cost-plus-undefined"))
                .body("detail", containsString("no usage of " + code + " in 2026-07"));
    }

    @Test
    void shouldAnswer502NamingIngestionWhenItFails() {
        String code = uniqueCode("costplus");
        createProduct(code, "resolution");
        addVersion(code, """
                {"model": "cost-plus", "costPool": "tag:use-case=support-bot", "markup": 0.10, "currency": "USD",
                 "effectiveFrom": "2026-01-01"}""");
        // Nothing registered for 2026-08: the stand-in answers 500, as a failing ingestion-service would.

        quote(code, "customer-support", "100", "2026-08-01").then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("service", equalTo("ingestion-service"))
                .body("detail", containsString("HTTP 500"));
        // A batch cannot be half priced because of an outage: it fails as a whole, so the statement run stores nothing.
        api().body("""
                        {"items": [{"businessUnit": "legal", "product": "%s", "quantity": 100, "month": "2026-08"}]}
                        """.formatted(code))
                .post("/v1/quotes")
                .then().statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("service", equalTo("ingestion-service"));
    }

    static Response quote(String code, String businessUnit, String quantity, String at) {
        return api().queryParam("product", code).queryParam("businessUnit", businessUnit)
                .queryParam("quantity", quantity).queryParam("at", at).get("/v1/quotes");
    }
}
