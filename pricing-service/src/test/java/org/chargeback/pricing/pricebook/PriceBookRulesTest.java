package org.chargeback.pricing.pricebook;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.concurrent.ThreadLocalRandom;

import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.addVersion;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.isDecimal;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Versions never edits: overlap, explicit ends, ?at=, frozen months, retroactive corrections and the audit. */
@QuarkusTest
class PriceBookRulesTest {

    @Test
    void shouldRefuseAVersionStartingInsideOneWithAnExplicitEndAndNameIt() {
        String code = uniqueCode("closed");
        createProduct(code, "call");
        String promo = addVersion(code, """
                {"model": "flat", "unitRate": 0.50, "currency": "USD", "effectiveFrom": "2026-10-01",
                 "effectiveTo": "2027-01-01"}""");

        api().body("""
                        {"model": "flat", "unitRate": 0.60, "currency": "USD", "effectiveFrom": "2026-11-15",
                         "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/price-overlap"))
                .body("conflictingPriceVersionId", equalTo(promo))
                .body("detail", containsString(promo));
        // A closed version may not swallow the start of another one either.
        api().body("""
                        {"model": "flat", "unitRate": 0.60, "currency": "USD", "effectiveFrom": "2026-09-01",
                         "effectiveTo": "2026-10-02", "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(409).body("conflictingPriceVersionId", equalTo(promo));
        // The instant it ends is free; and a business unit's override is another scope.
        addPrice(code, "0.70", "USD", "2027-01-01");
        addVersion(code, """
                {"businessUnit": "legal", "model": "flat", "unitRate": 0.40, "currency": "USD",
                 "effectiveFrom": "2026-11-15"}""");

        api().get("/v1/products/{code}/prices", code).then().statusCode(200)
                .body("effectiveFrom", contains("2026-10-01", "2026-11-15", "2027-01-01"))
                .body("businessUnit", contains(null, "legal", null));
        api().queryParam("at", "2026-12-31T23:59:59Z").get("/v1/products/{code}/prices", code).then()
                .body("id", hasSize(2)).body("id", hasItem(promo));
        api().queryParam("at", "2027-01-01").get("/v1/products/{code}/prices", code).then()
                .body("unitRate", contains(isDecimal("0.40"), isDecimal("0.70")));
        api().queryParam("at", "soon").get("/v1/products/{code}/prices", code).then()
                .statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("at"));
    }

    @Test
    void shouldRefuseAChangeInAFrozenMonthUnlessItIsARetroactiveCorrection() {
        String code = uniqueCode("frozen");
        createProduct(code, "call");
        addPrice(code, "1.00", "USD", "1700-01-01");
        String month = frozenMonth();
        api().body("{\"frozenBy\": \"chargeback-service\"}").put("/v1/frozen-periods/{month}", month)
                .then().statusCode(201).body("month", equalTo(month));
        api().body("{}").put("/v1/frozen-periods/{month}", month).then().statusCode(200);

        String change = """
                {"model": "flat", "unitRate": 0.90, "currency": "USD", "effectiveFrom": "%s-15",
                 "reason": "wrong price in %s", "changedBy": "finance@example.com"%s}""";
        api().body(change.formatted(month, month, "")).post("/v1/products/{code}/prices", code)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/period-frozen"))
                .body("frozenMonths", contains(month));
        api().get("/v1/products/{code}/prices", code).then().body("$", hasSize(1));
        // Starting after the frozen month is a normal change.
        addPrice(code, "0.80", "USD", YearMonth.parse(month).plusMonths(1).atDay(1).toString());

        String id = api().body(change.formatted(month, month, ", \"retroactiveCorrection\": true"))
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(201).body("retroactiveCorrection", equalTo(true))
                .extract().path("id");

        api().queryParam("retroactive", "true").get("/v1/price-changes").then().statusCode(200)
                .body("find { it.priceVersionId == '%s' }.affectedMonths".formatted(id), contains(month))
                .body("find { it.priceVersionId == '%s' }.before.unitRate".formatted(id), isDecimal("1.00"))
                .body("find { it.priceVersionId == '%s' }.after.unitRate".formatted(id), isDecimal("0.90"))
                .body("find { it.priceVersionId == '%s' }.changedBy".formatted(id), equalTo("finance@example.com"));
        api().put("/v1/frozen-periods/{month}", "2026-13").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void shouldRecordEveryChangeForAuditors() {
        String since = java.time.Instant.now().minusSeconds(1).toString();
        String code = uniqueCode("audited");
        createProduct(code, "call");
        String id = addPrice(code, "1.00", "USD", "2026-01-01");

        api().queryParam("since", since).get("/v1/price-changes").then().statusCode(200)
                .body("findAll { it.product == '%s' }.kind".formatted(code),
                        contains("product-registered", "price-version-added"))
                .body("find { it.priceVersionId == '%s' }.after.model".formatted(id), equalTo("flat"))
                .body("find { it.priceVersionId == '%s' }.reason".formatted(id), equalTo("test"))
                .body("find { it.priceVersionId == '%s' }.changedAt".formatted(id), notNullValue());
        api().queryParam("since", "yesterday").get("/v1/price-changes").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("since"));
    }

    @Test
    void shouldNameEveryFieldTheModelNeedsOrRefuses() {
        String code = uniqueCode("model-fields");
        createProduct(code, "call");

        api().body("""
                        {"model": "graduated", "unitRate": 1, "currency": "USD", "effectiveFrom": "2026-01-01",
                         "tiers": [{"upTo": 100, "unitRate": 0.5}, {"upTo": 50, "unitRate": 0.6}, {"upTo": 10, "unitRate": 0.1}],
                         "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("unitRate", "tiers[1].upTo", "tiers[1].unitRate", "tiers[2].upTo"));
        api().body("""
                        {"model": "cost-plus", "currency": "USD", "effectiveFrom": "2026-01-01", "costPool": "support",
                         "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(400).body("errors.field", contains("costPool", "markup"));
        api().body("""
                        {"discountPercent": 120, "effectiveFrom": "2026-01-01", "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(400).body("errors.field", contains("businessUnit", "discountPercent"));
        api().body("""
                        {"model": "stepped", "unitRate": 1, "currency": "USD", "effectiveFrom": "2026-01-01",
                         "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(400).body("errors[0].field", equalTo("model"));
        api().get("/v1/products/{code}/prices", code).then().body("$", hasSize(0));
    }

    /** A month no other test freezes or prices (tests share one database; other tests price from 2000 on). */
    private static String frozenMonth() {
        return YearMonth.of(1800 + ThreadLocalRandom.current().nextInt(100), 1 + ThreadLocalRandom.current().nextInt(12))
                .toString();
    }
}
