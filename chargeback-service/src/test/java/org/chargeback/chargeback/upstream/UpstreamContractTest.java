package org.chargeback.chargeback.upstream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.support.problem.ProblemException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The real REST clients against an HTTP server answering in the contract's JSON: exact decimals, a null tag
 * dimension, the query parameters as sent, a 404 quote read as UNRATED and a 500 turned into a 502.
 */
@QuarkusTest
@QuarkusTestResource(value = StubUpstreamServer.class, restrictToAnnotatedClass = true)
class UpstreamContractTest {

    @Inject
    UpstreamService upstream;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldReadTheContractJsonExactly() {
        CostSummary costs = upstream.fetchCostSummary(YearMonth.of(2024, 1), "tag:business-unit,serviceCategory");

        assertThat(costs.groups()).hasSize(2);
        assertThat(costs.groups().get(0).billedCost()).isEqualTo(new BigDecimal("12.3456789012345678"));
        assertThat(costs.groups().get(1).dimension("tag:business-unit")).isNull();
        assertThat(costs.groups().get(1).billedCost()).isEqualByComparingTo("0.0000001");
        assertThat(costs.totals().get(0).billedCost()).isEqualTo(new BigDecimal("12.3456790012345678"));
        assertThat(StubUpstreamServer.REQUESTS).contains(
                "/v1/costs/summary?billingPeriod=2024-01&groupBy=tag:business-unit,serviceCategory");

        UsageSummary usage = upstream.fetchUsageSummary(YearMonth.of(2024, 1));
        assertThat(usage.groups().get(1).businessUnit()).isEqualTo("support");
        assertThat(usage.groups().get(1).product()).isEqualTo("doc-summary");
        assertThat(usage.groups().get(1).quantity()).isEqualTo(new BigDecimal("40.5"));

        List<Optional<Quote>> quotes = upstream.quotePrices(List.of(
                new BatchQuote.Item("support", "ai-resolution", new BigDecimal("1200"), "2024-01"),
                new BatchQuote.Item("support", "doc-summary", new BigDecimal("40.5"), "2024-01")));
        Quote quote = quotes.get(0).orElseThrow();
        assertThat(quote.unitRate()).isEqualTo(new BigDecimal("0.00000085"));
        assertThat(quote.amount()).isEqualTo(new BigDecimal("0.00102"));
        assertThat(quote.unit()).isEqualTo("resolution");
        assertThat(quote.priceVersionId()).isEqualTo("0b6f0c9e-7a53-4a3c-9d1e-0c0e5c6f1a11");
        assertThat(quotes.get(1)).isEmpty();
        assertThat(StubUpstreamServer.BODIES).anySatisfy(body -> assertThat(body)
                .contains("\"businessUnit\":\"support\"", "\"product\":\"doc-summary\"", "\"quantity\":40.5",
                        "\"month\":\"2024-01\""));

        upstream.freezePrices(YearMonth.of(2024, 1));
        assertThat(StubUpstreamServer.REQUESTS).contains("/v1/frozen-periods/2024-01?");
    }

    @Test
    void shouldTurnAnUpstreamErrorIntoA502NamingTheService() {
        assertThatThrownBy(() -> upstream.fetchCostSummary(YearMonth.of(2024, 2), "serviceCategory"))
                .isInstanceOf(ProblemException.class)
                .hasMessageContaining("ingestion-service")
                .hasMessageContaining("HTTP 500")
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(502));
    }

    @Test
    void shouldRunAMonthThroughTheRealClients() {
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-01\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(201)
                .body("statements.businessUnit", org.hamcrest.Matchers.hasItem("support"))
                // 12.3456789012345678 -> 12.35; 1200 x 0.00000085 = 0.00102 -> 0.00
                .body("statements.find { it.businessUnit == 'support' }.showbackTotal",
                        equalTo(new BigDecimal("12.35")))
                .body("statements.find { it.businessUnit == 'support' }.chargebackTotal",
                        equalTo(new BigDecimal("0.00")))
                .body("reconciliation.unallocatedTotal", equalTo(new BigDecimal("0.00")))
                .body("reconciliation.reconciled", equalTo(true))
                .body("unallocatedCosts[0].billedCost", equalTo(new BigDecimal("0.0000001")));
        // Every call to the other services carried this service's own token: role "service", signed by the suite.
        assertThat(StubUpstreamServer.AUTHORIZATIONS).isNotEmpty().allSatisfy(header -> {
            assertThat(header).startsWith("Bearer ");
            String claims = new String(java.util.Base64.getUrlDecoder().decode(header.split("\\.")[1]),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(claims).contains("\"groups\":[\"service\"]").contains("\"iss\":\"chargeback-suite\"");
        });
        given().contentType(ContentType.JSON).body("{\"month\": \"2024-02\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("service", equalTo("ingestion-service"))
                .body("errors", nullValue());
    }
}
