package org.chargeback.chargeback.invoice;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenNoPrice;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** GET /v1/invoices and GET /v1/invoices/{number}; each test uses its own month and issue year. */
@QuarkusTest
class InvoiceResourceTest {

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
    void shouldListUnratedUsageOnTheInvoiceWithoutAnAmountAndLeaveItOutOfTheTotal() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2032-12-20T23:59:59Z"), ZoneOffset.UTC),
                Clock.class);
        String month = "2025-10";
        givenIngestion(ingestion, month, costs(month, cost("support", "Compute", "99.99")),
                usageOf(month,
                        usage("support", "ai-resolution", "3"),
                        usage("support", "doc-summary", "40"),
                        usage("support", "translation", "10")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.335");
        givenPrice(pricing, month, "translation", "document", "0.0125");
        givenNoPrice(pricing, month, "doc-summary");
        String statementId = statementIdOf(Api.runMonth(month), "support");
        String number = Api.waiveAndIssue(statementId).getString("invoiceNumber");

        given().when().get("/v1/invoices/{number}", number)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("$", aMapWithSize(14))
                .body("number", equalTo("INV-2032-000001"))
                .body("statementId", equalTo(statementId))
                .body("businessUnit", equalTo("support"))
                .body("month", equalTo(month))
                .body("issueDate", equalTo("2032-12-20"))
                .body("dueDate", equalTo("2033-01-19"))
                .body("currency", equalTo("USD"))
                // 3 x 0.335 = 1.005 -> 1.00 and 10 x 0.0125 = 0.125 -> 0.12 (HALF_EVEN per line); unrated: nothing
                .body("total", equalTo(new BigDecimal("1.12")))
                .body("lines", hasSize(3))
                .body("totals", hasSize(1))
                .body("totals[0].currency", equalTo("USD"))
                .body("totals[0].amount", equalTo(new BigDecimal("1.12")))
                .body("acknowledgement", nullValue())
                .body("creditNotes", hasSize(0))
                .body("costCenter", nullValue()) // support is not registered
                .body("lines[0]", aMapWithSize(5))
                .body("lines[0].lineNumber", equalTo(1))
                .body("lines[0].description", containsString("ai-resolution"))
                .body("lines[0].quantity", equalTo(3))
                .body("lines[0].unitPrice", equalTo(new BigDecimal("0.335")))
                .body("lines[0].amount", equalTo(new BigDecimal("1.00")))
                .body("lines[1].description", containsString("doc-summary"))
                .body("lines[1].quantity", equalTo(40))
                .body("lines[1]", hasKey("amount"))
                .body("lines[1].amount", nullValue())
                .body("lines[1].unitPrice", nullValue())
                .body("lines[2].amount", equalTo(new BigDecimal("0.12")));
        given().when().get("/v1/statements/{id}", statementId)
                .then().body("chargebackTotal", equalTo(new BigDecimal("1.12")));
    }

    @Test
    void shouldListInvoicesInTheOrderTheyWereIssued() {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2033-01-01T00:00:00Z"), ZoneOffset.UTC),
                Clock.class);
        String month = "2025-11";
        givenIngestion(ingestion, month, costs(month, cost("alpha", "Compute", "1.00"), cost("beta", "Compute", "2.00")),
                usageOf(month, usage("alpha", "ai-resolution", "1"), usage("beta", "ai-resolution", "2")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.50");
        JsonPath run = Api.runMonth(month);
        // Issued in the opposite order of the business units: numbers follow the order of issue.
        assertThat(Api.waiveAndIssue(statementIdOf(run, "beta")).getString("invoiceNumber")).isEqualTo("INV-2033-000001");
        assertThat(Api.waiveAndIssue(statementIdOf(run, "alpha")).getString("invoiceNumber")).isEqualTo("INV-2033-000002");

        List<String> numbers = given().when().get("/v1/invoices?limit=1000")
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().getList("items.number", String.class);

        assertThat(numbers).containsSubsequence("INV-2033-000001", "INV-2033-000002");
        given().when().get("/v1/invoices/INV-2033-000001")
                .then().statusCode(200).body("businessUnit", equalTo("beta"))
                .body("total", equalTo(new BigDecimal("3.00")));
    }

    @Test
    void shouldAnswer404ForAnUnknownInvoice() {
        given().when().get("/v1/invoices/INV-1999-000042")
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"))
                .body("detail", containsString("INV-1999-000042"));
    }
}
