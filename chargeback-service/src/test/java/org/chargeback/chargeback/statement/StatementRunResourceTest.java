package org.chargeback.chargeback.statement;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.BatchQuote;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.connectionRefused;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenNoPrice;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.httpError;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** POST /v1/statement-runs and GET /v1/statement-runs/{id}; each test uses its own month. */
@QuarkusTest
class StatementRunResourceTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldBuildOneDraftPerBusinessUnitWithRoundedTotalsThatReconcileToTheCent() {
        String month = "2025-01";
        // Rounded one by one (HALF_EVEN) these lines would sum to 108.10; the provider total 108.118 is 108.12.
        givenIngestion(ingestion, month, costs(month,
                        cost("support", "AI and Machine Learning", "0.005"),
                        cost("support", "Compute", "100.004"),
                        cost("sales", "AI and Machine Learning", "0.005"),
                        cost("sales", "Storage", "-2.001"),
                        cost(null, "AI and Machine Learning", "0.005"),
                        cost(null, "Compute", "10.10")),
                usageOf(month,
                        usage("support", "ai-resolution", "1200"),
                        usage("support", "translation", "10"),
                        usage("sales", "doc-summary", "40"),
                        usage("marketing", "ai-resolution", "10")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");
        givenPrice(pricing, month, "translation", "document", "0.0125");
        givenNoPrice(pricing, month, "doc-summary");

        String location = given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/v1/statement-runs/"))
                .body("month", equalTo(month))
                .body("currency", equalTo("USD"))
                // The platform team's statement carries what nobody claimed.
                .body("statements", hasSize(4))
                .body("statements.businessUnit",
                        org.hamcrest.Matchers.contains("marketing", "platform", "sales", "support"))
                .body("statements.status", org.hamcrest.Matchers.everyItem(equalTo("DRAFT")))
                .body("statements.find { it.businessUnit == 'platform' }.unallocatedTotal",
                        equalTo(new BigDecimal("10.10")))
                .body("statements.find { it.businessUnit == 'platform' }.showbackTotal",
                        equalTo(new BigDecimal("0.00")))
                // Largest remainder: the 3 missing cents go to -2.001 (.009), then sales and support AI (.005 each,
                // business unit order), not to the unallocated AI line (.005, last in run order).
                .body("statements.find { it.businessUnit == 'sales' }.showbackTotal", equalTo(new BigDecimal("-1.99")))
                .body("statements.find { it.businessUnit == 'support' }.showbackTotal",
                        equalTo(new BigDecimal("100.01")))
                .body("statements.find { it.businessUnit == 'marketing' }.showbackTotal",
                        equalTo(new BigDecimal("0.00")))
                // 1200 x 0.85 = 1020.00 plus 10 x 0.0125 = 0.125 -> 0.12 (HALF_EVEN, line by line)
                .body("statements.find { it.businessUnit == 'support' }.chargebackTotal",
                        equalTo(new BigDecimal("1020.12")))
                .body("statements.find { it.businessUnit == 'sales' }.chargebackTotal", equalTo(new BigDecimal("0.00")))
                .body("statements.find { it.businessUnit == 'marketing' }.chargebackTotal",
                        equalTo(new BigDecimal("8.50")))
                .body("reconciliation.currency", equalTo("USD"))
                .body("reconciliation.costTotal", equalTo(new BigDecimal("108.118")))
                .body("reconciliation.allocatedTotal", equalTo(new BigDecimal("98.02")))
                .body("reconciliation.unallocatedTotal", equalTo(new BigDecimal("10.10")))
                .body("reconciliation.reconciled", is(true))
                .body("unallocatedCosts.serviceCategory",
                        org.hamcrest.Matchers.contains("AI and Machine Learning", "Compute"))
                .body("unallocatedCosts[0].amount", equalTo(new BigDecimal("0.00")))
                .body("unallocatedCosts[1].amount", equalTo(new BigDecimal("10.10")))
                .extract().header("Location");

        JsonPath run = given().when().get(location).then().statusCode(200).extract().jsonPath();
        assertThat(run.getString("month")).isEqualTo(month);
        assertThat(run.getBoolean("reconciliation.reconciled")).isTrue();

        given().when().get("/v1/statements/{id}", statementIdOf(run, "support"))
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("businessUnit", equalTo("support"))
                .body("status", equalTo("DRAFT"))
                .body("lines", hasSize(4))
                // Cost lines by budget category: infrastructure and compute first, then vendor and API.
                .body("lines[0].kind", equalTo("SHOWBACK"))
                .body("lines[0].serviceCategory", equalTo("Compute"))
                .body("lines[0].budgetCategory", equalTo("INFRASTRUCTURE_AND_COMPUTE"))
                .body("lines[0].amount", equalTo(new BigDecimal("100.00")))
                .body("lines[1].serviceCategory", equalTo("AI and Machine Learning"))
                .body("lines[1].budgetCategory", equalTo("VENDOR_AND_API"))
                .body("lines[1].workloadCategory", equalTo("PRODUCTION_INFERENCE"))
                .body("lines[1].unroundedAmount", equalTo(new BigDecimal("0.005")))
                .body("lines[1].amount", equalTo(new BigDecimal("0.01")))
                .body("lines[2].kind", equalTo("CHARGEBACK"))
                .body("lines[2].product", equalTo("ai-resolution"))
                .body("lines[2].unit", equalTo("resolution"))
                .body("lines[2].quantity", equalTo(1200))
                .body("lines[2].unitPrice", equalTo(new BigDecimal("0.85")))
                .body("lines[2].amount", equalTo(new BigDecimal("1020.00")))
                .body("lines[3].product", equalTo("translation"))
                .body("lines[3].unroundedAmount", equalTo(new BigDecimal("0.1250")))
                .body("lines[3].amount", equalTo(new BigDecimal("0.12")));

        // Usage without a price is UNRATED: listed with its quantity, no price and no amount (never $0).
        given().when().get("/v1/statements/{id}", statementIdOf(run, "sales"))
                .then().statusCode(200)
                .body("lines", hasSize(3))
                .body("lines[1].serviceCategory", equalTo("Storage"))
                .body("lines[1].amount", equalTo(new BigDecimal("-2.00")))
                .body("lines[2].kind", equalTo("UNRATED"))
                .body("lines[2].product", equalTo("doc-summary"))
                .body("lines[2].quantity", equalTo(40))
                .body("lines[2]", hasKey("amount"))
                .body("lines[2].amount", nullValue())
                .body("lines[2].unitPrice", nullValue())
                .body("lines[2].description", containsString("unrated"));

        // Prices are asked at the first day of the month, for the month's quantity.
        // One batch call for the whole run, every usage group at its month.
        org.mockito.ArgumentCaptor<BatchQuote.Request> batch = org.mockito.ArgumentCaptor.forClass(BatchQuote.Request.class);
        verify(pricing, org.mockito.Mockito.times(1)).quoteBatch(batch.capture());
        assertThat(batch.getValue().items()).extracting(BatchQuote.Item::businessUnit, BatchQuote.Item::product,
                        i -> i.quantity().toPlainString(), BatchQuote.Item::month)
                .contains(org.assertj.core.groups.Tuple.tuple("support", "ai-resolution", "1200", "2025-01"),
                        org.assertj.core.groups.Tuple.tuple("marketing", "ai-resolution", "10", "2025-01"));
    }

    @Test
    void shouldKeepIssuedStatementsAndReplaceOnlyDraftsWhenAMonthIsRunAgain() {
        String month = "2025-06";
        givenIngestion(ingestion, month, costs(month,
                        cost("support", "Compute", "50.005"),
                        cost("sales", "Compute", "20.005"),
                        cost(null, "Compute", "1.001")),
                usageOf(month, usage("support", "ai-resolution", "100"), usage("sales", "ai-resolution", "10")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");
        JsonPath first = Api.runMonth(month);
        String supportId = statementIdOf(first, "support");
        String oldSalesDraftId = statementIdOf(first, "sales");
        String invoiceNumber = Api.waiveAndIssue(supportId).getString("invoiceNumber");

        // Later usage arrives for both business units; only the draft may change.
        givenIngestion(ingestion, month, costs(month,
                        cost("support", "Compute", "50.005"),
                        cost("sales", "Compute", "20.005"),
                        cost(null, "Compute", "1.001")),
                usageOf(month, usage("support", "ai-resolution", "999"), usage("sales", "ai-resolution", "20")));
        JsonPath second = Api.runMonth(month);

        assertThat(second.getList("statements.businessUnit")).containsExactly("platform", "sales", "support");
        assertThat(statementIdOf(second, "support")).isEqualTo(supportId);
        assertThat(second.getString("statements.find { it.businessUnit == 'support' }.status")).isEqualTo("ISSUED");
        assertThat(second.getString("statements.find { it.businessUnit == 'support' }.invoiceNumber"))
                .isEqualTo(invoiceNumber);
        assertThat(second.getObject("statements.find { it.businessUnit == 'support' }.chargebackTotal",
                BigDecimal.class)).isEqualTo(new BigDecimal("85.00"));
        String newSalesDraftId = statementIdOf(second, "sales");
        assertThat(newSalesDraftId).isNotEqualTo(oldSalesDraftId);
        assertThat(second.getString("statements.find { it.businessUnit == 'sales' }.status")).isEqualTo("DRAFT");
        assertThat(second.getObject("statements.find { it.businessUnit == 'sales' }.chargebackTotal",
                BigDecimal.class)).isEqualTo(new BigDecimal("17.00"));
        // 71.011 -> 71.01: issued support 50.00 + new sales draft 20.01 + unallocated 1.00
        assertThat(second.getObject("reconciliation.allocatedTotal", BigDecimal.class))
                .isEqualTo(new BigDecimal("70.01"));
        assertThat(second.getObject("reconciliation.unallocatedTotal", BigDecimal.class))
                .isEqualTo(new BigDecimal("1.00"));
        assertThat(second.getBoolean("reconciliation.reconciled")).isTrue();

        given().when().get("/v1/statements/{id}", oldSalesDraftId)
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));
        // The replaced draft's lineage went with it; the new draft has its own.
        assertThat(countSources(oldSalesDraftId)).isZero();
        assertThat(countSources(newSalesDraftId)).isPositive();
        given().when().get("/v1/statements/{id}", supportId)
                .then().statusCode(200).body("status", equalTo("ISSUED"))
                .body("lines[1].quantity", equalTo(100));
        assertThat(countRows("statement_run", month)).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-13", "2025-00", "2025-1", "January", "2025/01", ""})
    void shouldRejectAMonthThatIsNotYearDashMonth(String month) {
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("status", equalTo(400))
                .body("detail", containsString("month"))
                .body("instance", equalTo("/v1/statement-runs"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("month"))
                .body("errors[0].value", equalTo(month))
                .body("errors[0].message", equalTo("must be a month as YYYY-MM"));
        verifyNoInteractions(ingestion, pricing);
    }

    @Test
    void shouldRejectARunWithoutMonth() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/statement-runs")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].field", equalTo("month"));
        verifyNoInteractions(ingestion, pricing);
    }

    @Test
    void shouldAnswer502AndStoreNothingWhenIngestionFails() {
        String month = "2025-02";
        when(ingestion.costSummary(eq(month), anyString())).thenThrow(httpError(503));

        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("status", equalTo(502))
                .body("service", equalTo("ingestion-service"))
                .body("detail", containsString("ingestion-service"))
                .body("detail", containsString("HTTP 503"));

        assertThat(countRows("statement_run", month)).isZero();
        assertThat(countRows("statement", month)).isZero();
    }

    @Test
    void shouldAnswer502AndKeepThePreviousDraftsWhenPricingCannotBeReached() {
        String month = "2025-03";
        givenIngestion(ingestion, month, costs(month, cost("support", "Compute", "10.00")),
                usageOf(month, usage("support", "ai-resolution", "5")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.00");
        String draftId = statementIdOf(Api.runMonth(month), "support");

        org.mockito.Mockito.doThrow(connectionRefused()).when(pricing).quoteBatch(org.mockito.ArgumentMatchers.any());
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("service", equalTo("pricing-service"))
                .body("detail", containsString("pricing-service"));

        assertThat(countRows("statement_run", month)).isEqualTo(1);
        given().when().get("/v1/statements?month={month}", month)
                .then().statusCode(200).body("id", org.hamcrest.Matchers.contains(draftId));
    }

    @Test
    void shouldAnswer422AndStoreNothingWhenCostsAreInAnotherCurrency() {
        String month = "2025-04";
        givenIngestion(ingestion, month, costs(month,
                        cost("support", "Compute", "10.00"),
                        cost("support", "Compute", "7.00", "EUR")),
                usageOf(month));

        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"))
                .body("status", equalTo(422))
                .body("currency", equalTo("EUR"))
                .body("reportingCurrency", equalTo("USD"))
                .body("detail", containsString("EUR"));

        assertThat(countRows("statement_run", month)).isZero();
        assertThat(countRows("statement", month)).isZero();
    }

    @Test
    void shouldAnswer422AndStoreNothingWhenAPriceIsInAnotherCurrency() {
        String month = "2025-05";
        givenIngestion(ingestion, month, costs(month, cost("support", "Compute", "10.00")),
                usageOf(month, usage("support", "ai-resolution", "5")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.80", "GBP");

        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\"}")
                .when().post("/v1/statement-runs")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"))
                .body("currency", equalTo("GBP"))
                .body("detail", containsString("ai-resolution"));

        assertThat(countRows("statement_run", month)).isZero();
        assertThat(countRows("statement", month)).isZero();
    }

    @Test
    void shouldAnswer404ForAnUnknownRun() {
        String id = UUID.randomUUID().toString();
        given().when().get("/v1/statement-runs/{id}", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(id))
                .body("instance", endsWith(id));
    }

    private long countSources(String statementId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "select count(*) from statement_line_source where statement_id = cast(? as uuid)")) {
            ps.setString(1, statementId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long countRows(String table, String month) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from " + table + " where month = ?")) {
            ps.setString(1, month);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
