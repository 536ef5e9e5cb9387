package org.chargeback.pricing.costpool;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import static org.chargeback.pricing.PricingApi.PROBLEM_JSON;
import static org.chargeback.pricing.PricingApi.addVersion;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.uniqueCode;
import static org.chargeback.pricing.costpool.CostPlusQuoteTest.quote;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** ingestion-service not running at all (connection refused): a cost-plus quote is a 502 naming it, not a 500. */
@QuarkusTest
@TestProfile(CostPlusIngestionDownTest.IngestionNotRunning.class)
class CostPlusIngestionDownTest {

    public static class IngestionNotRunning implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.ingestion.url", "http://localhost:" + closedPort());
        }

        /** A port that was free a moment ago and has nothing listening on it. */
        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void shouldAnswer502NamingIngestionWhenItIsDown() {
        String code = uniqueCode("costplus");
        createProduct(code, "resolution");
        addVersion(code, """
                {"model": "cost-plus", "costPool": "tag:use-case=support-bot", "markup": 0.10, "currency": "USD",
                 "effectiveFrom": "2026-01-01"}""");

        quote(code, "customer-support", "100", "2026-10-01").then()
                .statusCode(502)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("service", equalTo("ingestion-service"))
                .body("detail", containsString("cost summary of 2026-10"));
    }
}
