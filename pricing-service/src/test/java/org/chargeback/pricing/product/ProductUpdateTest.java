package org.chargeback.pricing.product;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.api;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.hamcrest.Matchers.equalTo;

/** Renames keep the code, updates need the current ETag, retired products keep their past. */
@QuarkusTest
class ProductUpdateTest {

    @Test
    void shouldRenameWithTheCurrentEtagOnlyAndKeepTheCode() {
        String code = uniqueCode("rename");
        createProduct(code, "resolution");
        String etag = api().get("/v1/products/{code}", code).then().statusCode(200).extract().header("ETag");

        api().header("If-Match", etag).body(Examples.UPDATE_PRODUCT).put("/v1/products/{code}", code)
                .then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("code", equalTo(code))
                .body("name", equalTo("Automated support resolution"))
                .body("owningTeam", equalTo("platform-ai"))
                .body("version", equalTo(2));
        // The same ETag again is stale now: 412, nothing changed.
        api().header("If-Match", etag).body(Examples.UPDATE_PRODUCT.replace("Automated", "Other"))
                .put("/v1/products/{code}", code)
                .then().statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/stale-product"))
                .body("currentEtag", equalTo("\"2\""));
        api().body(Examples.UPDATE_PRODUCT).put("/v1/products/{code}", code)
                .then().statusCode(428).contentType(PROBLEM_JSON);
        api().header("If-Match", "\"2\"").body(Examples.UPDATE_PRODUCT.replace("{", "{\"code\": \"other\","))
                .put("/v1/products/{code}", code)
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
        api().get("/v1/products/{code}", code).then().body("name", equalTo("Automated support resolution"));
    }

    @Test
    void shouldKeepQuotingThePastOfARetiredProductButNothingAfter() {
        String code = uniqueCode("retire");
        createProduct(code, "resolution");
        addPrice(code, "1.00", "USD", "2026-01-01");

        api().header("If-Match", "\"1\"").body(Examples.UPDATE_PRODUCT.replace("ACTIVE", "RETIRED"))
                .put("/v1/products/{code}", code)
                .then().statusCode(200).body("status", equalTo("RETIRED"));

        api().queryParam("product", code).queryParam("businessUnit", "support").queryParam("quantity", "2")
                .queryParam("at", "2026-02-01").get("/v1/quotes").then().statusCode(200);
        api().queryParam("product", code).queryParam("businessUnit", "support").queryParam("quantity", "2")
                .get("/v1/quotes").then().statusCode(404).body("type", equalTo("/problems/product-retired"));
        api().body("""
                        {"model": "flat", "unitRate": 2, "currency": "USD", "effectiveFrom": "2027-01-01",
                         "reason": "r", "changedBy": "me"}""")
                .post("/v1/products/{code}/prices", code)
                .then().statusCode(409).body("type", equalTo("/problems/product-retired"));
        api().header("If-Match", "\"2\"").body(Examples.UPDATE_PRODUCT).put("/v1/products/{code}", code)
                .then().statusCode(409).body("type", equalTo("/problems/product-retired"));
    }
}
