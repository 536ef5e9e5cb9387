package org.chargeback.pricing.pricebook;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.isDecimal;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class PriceResourceTest {

    @Test
    void shouldAddVersionsAndDeriveEffectiveToFromTheNextVersion() {
        String code = uniqueCode("price");
        createProduct(code, "resolution");

        String october = api().body(Examples.ADD_FLAT.replace("2026-12-01", "2026-10-01").replace("0.05", "0.85").replace("USD", "EUR").replace("FY27 price: cheaper model routing", "FY27 list price").replace("platform-ai@example.com", "pricing@example.com"))
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(201)
                .contentType("application/json")
                .body("id", notNullValue())
                .body("product", equalTo(code))
                .body("unitRate", isDecimal("0.85"))
                .body("currency", equalTo("EUR"))
                .body("effectiveFrom", equalTo("2026-10-01"))
                .body("effectiveTo", nullValue())
                .body("reason", equalTo("FY27 list price"))
                .body("changedBy", equalTo("pricing@example.com"))
                .body("createdAt", notNullValue())
                .extract().path("id");
        String january = addPrice(code, "0.80", "EUR", "2027-01-01");
        // A version may be added before existing ones; it ends where the next one starts.
        api().body("""
                        {"model": "flat", "unitRate": 0.90, "currency": "EUR", "effectiveFrom": "2026-07-01", "reason": "r", "changedBy": "me"}
                        """)
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(201)
                .body("effectiveTo", equalTo("2026-10-01"))
                .body("reason", equalTo("r"));

        api().get("/v1/products/{code}/prices", code)
                .then()
                .statusCode(200)
                .body("effectiveFrom", contains("2026-07-01", "2026-10-01", "2027-01-01"))
                .body("effectiveTo", contains("2026-10-01", "2027-01-01", null))
                .body("unitRate", contains(isDecimal("0.90"),
                        isDecimal("0.85"), isDecimal("0.80")))
                .body("[1].id", equalTo(october))
                .body("[2].id", equalTo(january));
    }

    @Test
    void shouldKeepSubCentUnitPriceExactly() {
        String code = uniqueCode("tokens");
        createProduct(code, "token");

        Response added = api().body(Examples.ADD_FLAT.replace("2026-12-01", "2026-11-01").replace("0.05", "0.0000004")).post("/v1/products/{code}/prices", code);

        added.then().statusCode(201).body("unitRate", isDecimal("0.0000004"));
        // Written as a plain number, not 4E-7.
        assertThat(added.asString()).contains("\"unitRate\":0.0000004");
        api().get("/v1/products/{code}/prices", code)
                .then()
                .body("[0].unitRate", isDecimal("0.0000004"))
                .body("[0].currency", equalTo("USD"))
                .body("[0].model", equalTo("flat"));
    }

    @Test
    void shouldRejectNegativePriceAndStoreNothing() {
        String code = uniqueCode("negative");
        createProduct(code, "call");

        api().body("""
                        {"model": "flat", "unitRate": -0.01, "currency": "EUR", "effectiveFrom": "2026-10-01", "reason": "r", "changedBy": "me"}
                        """)
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("unitRate"))
                .body("errors[0].value", equalTo("-0.01"));

        api().get("/v1/products/{code}/prices", code).then().statusCode(200).body("$", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"EURO", "eur", "ABC", "E1R", ""})
    void shouldRejectUnknownCurrencyAndStoreNothing(String currency) {
        String code = uniqueCode("currency");
        createProduct(code, "call");

        api().body("""
                        {"model": "flat", "unitRate": 1.00, "currency": "%s", "effectiveFrom": "2026-10-01", "reason": "r", "changedBy": "me"}
                        """.formatted(currency))
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("currency"))
                .body("errors[0].message", containsString("ISO 4217"));

        api().get("/v1/products/{code}/prices", code).then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldNameEveryMissingField() {
        String code = uniqueCode("missing-fields");
        createProduct(code, "call");

        api().body("{}")
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("changedBy", "effectiveFrom", "reason"));
    }

    @Test
    void shouldRejectVersionStartingOnATakenDayAndNameIt() {
        String code = uniqueCode("overlap");
        createProduct(code, "call");
        String first = addPrice(code, "1.00", "EUR", "2026-10-01");

        api().body("""
                        {"model": "flat", "unitRate": 2.00, "currency": "EUR", "effectiveFrom": "2026-10-01", "reason": "oops", "changedBy": "me"}
                        """)
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/price-overlap"))
                .body("status", equalTo(409))
                .body("detail", containsString(first))
                .body("detail", containsString("2026-10-01"))
                .body("conflictingPriceVersionId", equalTo(first));

        api().get("/v1/products/{code}/prices", code)
                .then()
                .body("id", contains(first))
                .body("[0].unitRate", isDecimal("1.00"));
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentVersionsForTheSameDay() throws Exception {
        String code = uniqueCode("race");
        createProduct(code, "call");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> sameDay = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String price = "1.0" + i;
                sameDay.add(() -> api().body("""
                                {"model": "flat", "unitRate": %s, "currency": "EUR", "effectiveFrom": "2026-10-01", "reason": "r", "changedBy": "me"}
                                """.formatted(price))
                        .post("/v1/products/{code}/prices", code)
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(sameDay)) {
                statuses.add(status.get());
            }

            assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        api().get("/v1/products/{code}/prices", code).then().body("$", hasSize(1));
    }

    @Test
    void shouldRejectMalformedJsonAndStoreNothing() {
        String code = uniqueCode("broken");
        createProduct(code, "call");

        api().body("{\"unitRate\": 1.00, \"currency\": \"EUR\", ")
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unreadable-body"));

        api().get("/v1/products/{code}/prices", code).then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldRejectImpossibleDateNamingTheField() {
        String code = uniqueCode("bad-date");
        createProduct(code, "call");

        api().body("""
                        {"model": "flat", "unitRate": 1.00, "currency": "EUR", "effectiveFrom": "2026-13-01", "reason": "r", "changedBy": "me"}
                        """)
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("effectiveFrom"));

        api().get("/v1/products/{code}/prices", code).then().statusCode(200).body("$", empty());
    }

    @Test
    void shouldAnswerNotFoundForPricesOfUnknownProduct() {
        String code = uniqueCode("unknown");

        api().body(Examples.ADD_FLAT.replace("2026-12-01", "2026-10-01").replace("0.05", "0.85").replace("USD", "EUR").replace("FY27 price: cheaper model routing", "FY27 list price").replace("platform-ai@example.com", "pricing@example.com"))
                .post("/v1/products/{code}/prices", code)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
        api().get("/v1/products/{code}/prices", code)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }
}
