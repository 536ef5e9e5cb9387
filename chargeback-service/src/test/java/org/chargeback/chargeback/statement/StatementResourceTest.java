package org.chargeback.chargeback.statement;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.Upstream;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenNoPrice;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** GET /v1/statements, GET /v1/statements/{id}, POST /v1/statements/{id}/issue; each test uses its own month. */
@QuarkusTest
class StatementResourceTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldIssueStatementsAsSequentialInvoicesOfTheIssueYear() {
        // Invoice numbers count per year of the issue date; a year no other test issues in makes them predictable.
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2031-02-10T10:00:00Z"), ZoneOffset.UTC),
                Clock.class);
        String month = "2025-07";
        givenTwoBusinessUnits(month);
        JsonPath run = Api.runMonth(month);
        String supportId = statementIdOf(run, "support");
        String salesId = statementIdOf(run, "sales");

        // doc-summary has no price: unrated usage blocks issuing until a price is added or the line is waived.
        given().when().post("/v1/statements/{id}/issue", supportId)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unrated-usage"))
                .body("unratedLines", contains(3));
        given().contentType(ContentType.JSON).body("{\"reason\": \"\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/lines/3/waiver", supportId)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Pilot month, free by agreement\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/lines/2/waiver", supportId)
                .then().statusCode(409).body("type", equalTo("/problems/not-unrated"));
        given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Pilot month, free by agreement\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/lines/3/waiver", supportId)
                .then().statusCode(200)
                .body("lines[2].kind", equalTo("UNRATED"))
                .body("lines[2].amount", nullValue())
                .body("lines[2].waivedBy", equalTo("finance@example.com"))
                .body("lines[2].waiverReason", equalTo("Pilot month, free by agreement"));

        given().when().post("/v1/statements/{id}/issue", supportId)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", equalTo(supportId))
                .body("status", equalTo("ISSUED"))
                .body("issuedAt", equalTo("2031-02-10T10:00:00Z"))
                .body("invoiceNumber", equalTo("INV-2031-000001"))
                .body("chargebackTotal", equalTo(new BigDecimal("1020.00")))
                .body("lines", hasSize(3));
        given().when().post("/v1/statements/{id}/issue", salesId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("invoiceNumber", equalTo("INV-2031-000002"));

        given().when().get("/v1/invoices/INV-2031-000001")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("number", equalTo("INV-2031-000001"))
                .body("statementId", equalTo(supportId))
                .body("businessUnit", equalTo("support"))
                .body("month", equalTo(month))
                .body("issueDate", equalTo("2031-02-10"))
                .body("dueDate", equalTo("2031-03-12"))
                .body("currency", equalTo("USD"))
                .body("total", equalTo(new BigDecimal("1020.00")));
        given().when().get("/v1/statements/{id}", salesId)
                .then().statusCode(200).body("invoiceNumber", equalTo("INV-2031-000002"));
    }

    @Test
    void shouldRejectIssuingAStatementTwiceNamingItsInvoice() {
        String month = "2025-08";
        givenTwoBusinessUnits(month);
        String supportId = statementIdOf(Api.runMonth(month), "support");
        String invoiceNumber = Api.waiveAndIssue(supportId).getString("invoiceNumber");

        given().when().post("/v1/statements/{id}/issue", supportId)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/statement-already-issued"))
                .body("status", equalTo(409))
                .body("invoiceNumber", equalTo(invoiceNumber))
                .body("detail", containsString(invoiceNumber))
                .body("instance", equalTo("/v1/statements/" + supportId + "/issue"));
        // Still exactly one invoice for the statement.
        given().when().get("/v1/invoices?limit=1000")
                .then().statusCode(200)
                .body("items.findAll { it.statementId == '" + supportId + "' }.number", contains(invoiceNumber));
    }

    @Test
    void shouldTellIngestionTheMonthIsClosedWhenIssuingAndIssueNothingWhenItIsDown() {
        String month = "2025-09";
        givenTwoBusinessUnits(month);
        JsonPath run = Api.runMonth(month);
        String supportId = statementIdOf(run, "support");
        String salesId = statementIdOf(run, "sales");

        org.mockito.Mockito.doThrow(Upstream.connectionRefused()).when(ingestion).closeUsageMonth(month);
        given().when().post("/v1/statements/{id}/issue", salesId)
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("service", equalTo("ingestion-service"));
        given().when().get("/v1/statements/{id}", salesId).then().statusCode(200).body("status", equalTo("DRAFT"));

        org.mockito.Mockito.doNothing().when(ingestion).closeUsageMonth(month);
        Api.waiveAndIssue(supportId);
        org.mockito.Mockito.verify(ingestion, org.mockito.Mockito.atLeastOnce()).closeUsageMonth(month);
    }

    @Test
    void shouldAnswer404ForAnUnknownStatement() {
        String id = UUID.randomUUID().toString();
        given().when().get("/v1/statements/{id}", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString(id));
        given().when().post("/v1/statements/{id}/issue", id)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("instance", endsWith(id + "/issue"));
    }

    @Test
    void shouldListStatementsByMonthAndBusinessUnitWithoutLines() {
        String month = "2025-09";
        givenTwoBusinessUnits(month);
        Api.runMonth(month);

        given().when().get("/v1/statements?month={month}", month)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("businessUnit", contains("sales", "support"))
                .body("[0].month", equalTo(month))
                .body("[0].showbackTotal", equalTo(new BigDecimal("5.00")))
                .body("[0].invoiceNumber", nullValue())
                .body("[0].lines", nullValue());
        given().when().get("/v1/statements?month={month}&businessUnit=support", month)
                .then().statusCode(200)
                .body("businessUnit", contains("support"))
                .body("[0].chargebackTotal", equalTo(new BigDecimal("1020.00")));
        given().when().get("/v1/statements?month=2024-12&businessUnit=nobody")
                .then().statusCode(200).body("$", empty());
        given().when().get("/v1/statements?businessUnit=support")
                .then().statusCode(200).body("month", not(empty()));
    }

    @Test
    void shouldRejectABadMonthFilter() {
        given().when().get("/v1/statements?month=2025-9")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors[0].field", equalTo("month"))
                .body("errors[0].value", equalTo("2025-9"));
    }

    private void givenTwoBusinessUnits(String month) {
        givenIngestion(ingestion, month, costs(month,
                        cost("support", "Compute", "12.50"),
                        cost("sales", "Compute", "5.00")),
                usageOf(month,
                        usage("support", "ai-resolution", "1200"),
                        usage("support", "doc-summary", "3"),
                        usage("sales", "ai-resolution", "1")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");
        givenNoPrice(pricing, month, "doc-summary");
    }
}
