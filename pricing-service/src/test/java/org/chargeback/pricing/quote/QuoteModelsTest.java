package org.chargeback.pricing.quote;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.addVersion;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.isDecimal;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Quotes of every model through the API, business unit precedence, and the batch. */
@QuarkusTest
class QuoteModelsTest {

    @Test
    void shouldQuoteGraduatedTiersWithOneLinePerTier() {
        String code = uniqueCode("graduated");
        createProduct(code, "resolution");
        String id = addVersion(code, """
                {"model": "graduated", "currency": "USD", "effectiveFrom": "2026-10-01",
                 "tiers": [{"upTo": 100000, "unitRate": 0.06}, {"upTo": null, "unitRate": 0.05}]}""");

        quote(code, "support", "150000", "2026-10-01").then().statusCode(200)
                .body("amount", isDecimal("8500.00"))
                .body("priceVersionId", equalTo(id))
                .body("model", equalTo("graduated"))
                .body("override", nullValue())
                .body("lines.from", contains(isDecimal("0"), isDecimal("100000")))
                .body("lines.to", contains(isDecimal("100000"), nullValue()))
                .body("lines.units", contains(isDecimal("100000"), isDecimal("50000")))
                .body("lines.rate", contains(isDecimal("0.06"), isDecimal("0.05")))
                .body("lines.amount", contains(isDecimal("6000.00"), isDecimal("2500.00")));
    }

    @Test
    void shouldQuoteVolumePackageAndMinimum() {
        String volume = uniqueCode("volume");
        createProduct(volume, "document");
        addVersion(volume, """
                {"model": "volume", "currency": "USD", "effectiveFrom": "2026-10-01", "minimumMonthly": 100,
                 "tiers": [{"upTo": 1000, "unitRate": 0.10}, {"upTo": null, "unitRate": 0.08}]}""");
        quote(volume, "legal", "2000", "2026-10-05").then().statusCode(200).body("amount", isDecimal("160.00"));
        // 500 x 0.10 = 50.00 is below the monthly minimum of 100: a top-up line makes it 100.
        quote(volume, "legal", "500", "2026-10-05").then().statusCode(200)
                .body("amount", isDecimal("100"))
                .body("lines.kind", contains("tier", "minimum"))
                .body("lines[1].amount", isDecimal("50.00"));

        String pack = uniqueCode("package");
        createProduct(pack, "call");
        addVersion(pack, """
                {"model": "package", "unitRate": 5.00, "packageSize": 1000, "currency": "USD",
                 "effectiveFrom": "2026-10-01"}""");
        quote(pack, "legal", "2001", "2026-10-05").then().statusCode(200)
                .body("amount", isDecimal("15.00")).body("lines[0].packages", isDecimal("3"));
    }

    @Test
    void shouldLetABusinessUnitVersionWinAndApplyADiscountToTheListPrice() {
        String code = uniqueCode("override");
        createProduct(code, "resolution");
        String list = addPrice(code, "1.00", "USD", "2026-01-01");
        String legal = addVersion(code, """
                {"businessUnit": "legal", "model": "flat", "unitRate": 0.70, "currency": "USD",
                 "effectiveFrom": "2026-06-01", "effectiveTo": "2026-07-01"}""");
        String discount = addVersion(code, """
                {"businessUnit": "marketing", "discountPercent": 10, "effectiveFrom": "2026-06-01"}""");

        quote(code, "legal", "100", "2026-06-30T23:59:59Z").then().statusCode(200)
                .body("amount", isDecimal("70.00")).body("priceVersionId", equalTo(legal))
                .body("override.kind", equalTo("bu-version"));
        // The override ends the instant its explicit end starts: the list price again.
        quote(code, "legal", "100", "2026-07-01").then().statusCode(200)
                .body("amount", isDecimal("100.00")).body("priceVersionId", equalTo(list))
                .body("override", nullValue());
        quote(code, "marketing", "100", "2026-06-01").then().statusCode(200)
                .body("amount", isDecimal("90.00")).body("priceVersionId", equalTo(list))
                .body("override.kind", equalTo("bu-discount"))
                .body("override.priceVersionId", equalTo(discount))
                .body("lines.kind", contains("tier", "discount"))
                .body("lines[1].amount", isDecimal("-10.00"));
        quote(code, "marketing", "100", "2026-05-31T23:59:59Z").then().body("amount", isDecimal("100.00"));
    }

    @Test
    void shouldQuoteABatchAndMarkUnpricedItemsWithoutAmount() {
        String code = uniqueCode("batch");
        createProduct(code, "resolution");
        addPrice(code, "0.05", "USD", "2026-07-01");

        api().body("""
                        {"items": [
                          {"businessUnit": "support", "product": "%s", "quantity": 1200, "month": "2026-10"},
                          {"businessUnit": "support", "product": "%s", "quantity": 5, "month": "2026-06"},
                          {"businessUnit": "support", "product": "nope-%s", "quantity": 5, "month": "2026-10"}]}
                        """.formatted(code, code, code))
                .post("/v1/quotes")
                .then().statusCode(200)
                .body("results.status", contains("PRICED", "UNPRICED", "UNPRICED"))
                .body("results[0].quote.amount", isDecimal("60.00"))
                .body("results[0].quote.at", equalTo("2026-10-01T00:00:00Z"))
                .body("results[1].quote", nullValue())
                .body("results[1].problem.type", equalTo("/problems/no-price-in-force"))
                .body("results[2].problem.type", equalTo("/problems/not-found"));

        api().body("""
                        {"items": [{"businessUnit": "support", "product": "%s", "quantity": 0, "month": "2026-10"},
                                   {"businessUnit": "", "product": "%s", "quantity": 1, "month": "Oct"}]}
                        """.formatted(code, code))
                .post("/v1/quotes")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("items[0].quantity", "items[1].businessUnit", "items[1].month"));
        api().body("{}").post("/v1/quotes").then().statusCode(400).body("errors[0].field", equalTo("items"));
    }

    private static io.restassured.response.Response quote(String code, String bu, String quantity, String at) {
        return api().queryParam("product", code).queryParam("businessUnit", bu).queryParam("quantity", quantity)
                .queryParam("at", at).get("/v1/quotes");
    }
}
