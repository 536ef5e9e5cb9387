package org.chargeback.pricing.quote;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.isDecimal;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class QuoteResourceTest {

    @Test
    void shouldQuoteWithTheVersionInForceAndRefuseBeforeTheFirst() {
        String code = uniqueCode("quote");
        createProduct(code, "resolution");
        String october = addPrice(code, "0.85", "EUR", "2026-10-01");
        String january = addPrice(code, "0.80", "EUR", "2027-01-01");

        api().get("/v1/products/{code}/prices", code)
                .then()
                .statusCode(200)
                .body("id", contains(october, january))
                .body("effectiveTo", contains("2027-01-01", null));

        api().queryParam("product", code)
                .queryParam("businessUnit", "customer-care")
                .queryParam("quantity", "1250")
                .queryParam("at", "2026-10-01")
                .get("/v1/quotes")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("product", equalTo(code))
                .body("businessUnit", equalTo("customer-care"))
                .body("quantity", isDecimal("1250"))
                .body("unit", equalTo("resolution"))
                .body("unitRate", isDecimal("0.85"))
                .body("currency", equalTo("EUR"))
                .body("amount", isDecimal("1062.50"))
                .body("priceVersionId", equalTo(october))
                .body("effectiveFrom", equalTo("2026-10-01"))
                .body("at", equalTo("2026-10-01T00:00:00Z"))
                .body("lines", hasSize(1))
                .body("lines[0].units", isDecimal("1250"))
                .body("lines[0].amount", isDecimal("1062.50"));

        assertThat(quotedPriceId(code, "2026-12-31T23:59:59Z")).isEqualTo(october);
        // 00:30 at +01:00 is still 2026-12-31 in UTC: the October version applies.
        assertThat(quotedPriceId(code, "2027-01-01T00:30:00+01:00")).isEqualTo(october);
        assertThat(quotedPriceId(code, "2027-01-01")).isEqualTo(january);
        assertThat(quotedPriceId(code, "2031-06-15T08:00:00Z")).isEqualTo(january);

        api().queryParam("product", code)
                .queryParam("businessUnit", "customer-care")
                .queryParam("quantity", "1")
                .queryParam("at", "2026-09-30T23:59:59Z")
                .get("/v1/quotes")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/no-price-in-force"))
                .body("detail", containsString(code))
                .body("detail", containsString("2026-09-30"));
    }

    @ParameterizedTest
    @CsvSource({
            "0.0000004, 1234,  0.0004936",
            "0.85,      0.333, 0.28305",
            "19.99,     3,     59.97",
            "0,         10,    0"})
    void shouldNotRoundTheAmount(String unitPrice, String quantity, String amount) {
        String code = uniqueCode("exact");
        createProduct(code, "token");
        addPrice(code, unitPrice, "USD", "2026-01-01");

        String body = api().queryParam("product", code)
                .queryParam("businessUnit", "research")
                .queryParam("quantity", quantity)
                .queryParam("at", "2026-06-01")
                .get("/v1/quotes")
                .then()
                .statusCode(200)
                .body("amount", isDecimal(amount))
                .extract().asString();

        assertThat(body).contains("\"amount\":" + new BigDecimal(quantity).multiply(new BigDecimal(unitPrice))
                .toPlainString());
    }

    @Test
    void shouldQuoteNowWhenAtIsAbsent() {
        String code = uniqueCode("now");
        createProduct(code, "call");
        String price = addPrice(code, "2.50", "EUR", "2000-01-01");
        Instant before = Instant.now();

        String at = api().queryParam("product", code)
                .queryParam("businessUnit", "support")
                .queryParam("quantity", "2")
                .get("/v1/quotes")
                .then()
                .statusCode(200)
                .body("priceVersionId", equalTo(price))
                .body("amount", isDecimal("5.00"))
                .extract().path("at");

        assertThat(Instant.parse(at)).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10", "yesterday", "2026-10-01T12:00:00", "2026-02-30", "01.10.2026"})
    void shouldRejectMalformedAtNamingIt(String at) {
        String code = uniqueCode("bad-at");
        createProduct(code, "call");
        addPrice(code, "1", "EUR", "2026-01-01");

        api().queryParam("product", code)
                .queryParam("businessUnit", "support")
                .queryParam("quantity", "1")
                .queryParam("at", at)
                .get("/v1/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("at"))
                .body("errors[0].value", equalTo(at));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "0.000", "abc", "1,5", " "})
    void shouldRejectQuantityNotAboveZeroNamingIt(String quantity) {
        String code = uniqueCode("bad-quantity");
        createProduct(code, "call");
        addPrice(code, "1", "EUR", "2026-01-01");

        api().queryParam("product", code)
                .queryParam("businessUnit", "support")
                .queryParam("quantity", quantity)
                .queryParam("at", "2026-10-01")
                .get("/v1/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("quantity"));
    }

    @Test
    void shouldReportEveryMalformedParameterAtOnce() {
        api().queryParam("product", "any")
                .queryParam("businessUnit", "support")
                .queryParam("quantity", "many")
                .queryParam("at", "soon")
                .get("/v1/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("quantity", "at"));
    }

    @Test
    void shouldRequireBusinessUnit() {
        String code = uniqueCode("no-bu");
        createProduct(code, "call");
        addPrice(code, "1", "EUR", "2026-01-01");

        api().queryParam("product", code)
                .queryParam("quantity", "1")
                .queryParam("at", "2026-10-01")
                .get("/v1/quotes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("businessUnit"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownProduct() {
        String code = uniqueCode("unknown");

        api().queryParam("product", code)
                .queryParam("businessUnit", "support")
                .queryParam("quantity", "1")
                .get("/v1/quotes")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(code));
    }

    private static String quotedPriceId(String code, String at) {
        return api().queryParam("product", code)
                .queryParam("businessUnit", "customer-care")
                .queryParam("quantity", "1")
                .queryParam("at", at)
                .get("/v1/quotes")
                .then()
                .statusCode(200)
                .extract().path("priceVersionId");
    }
}
