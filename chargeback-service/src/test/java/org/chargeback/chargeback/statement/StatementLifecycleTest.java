package org.chargeback.chargeback.statement;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.CostRevision;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.LateUsage;
import org.chargeback.chargeback.upstream.PriceChange;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * What happens to a month after its statements are issued: late usage, restated costs and retroactive price
 * corrections become adjustments on a later draft, showback restatements become new versions, issued statements
 * never change, voiding credits the invoice. Each test uses its own months and business unit codes.
 */
@QuarkusTest
class StatementLifecycleTest {

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
    void shouldCarryLateUsageAsAnAdjustmentOnTheNextDraftWhileTheIssuedStatementStaysAsItWas() {
        String september = "2037-09";
        String october = "2037-10";
        givenIngestion(ingestion, september, costs(september, cost("late-bu", "Compute", "100.00")),
                usageOf(september, usage("late-bu", "ai-resolution", "100")));
        givenPrice(pricing, september, "ai-resolution", "resolution", "0.85");
        String septemberId = statementIdOf(Api.runMonth(september), "late-bu");
        JsonPath issued = Api.issue(septemberId);
        String hash = issued.getString("contentHash");
        assertThat(hash).startsWith("sha256:");
        List<Object> issuedLines = issued.getList("lines");

        // Ten more resolutions of September arrive after it was closed: ingestion counts them, and lists them late.
        givenIngestion(ingestion, september, costs(september, cost("late-bu", "Compute", "100.00")),
                usageOf(september, usage("late-bu", "ai-resolution", "110")));
        givenIngestion(ingestion, october, costs(october, cost("late-bu", "Compute", "90.00")),
                usageOf(october, usage("late-bu", "ai-resolution", "50")));
        when(ingestion.lateUsage(eq(september))).thenReturn(new LateUsage(september, List.of(
                new LateUsage.Event("e-late-1", "late-bu", "bot", "ai-resolution", new BigDecimal("10"))), false));
        givenPrice(pricing, october, "ai-resolution", "resolution", "0.85");
        String octoberId = statementIdOf(Api.runMonth(october), "late-bu");

        given().when().get("/v1/statements/{id}", octoberId)
                .then().statusCode(200)
                .body("lines.kind", org.hamcrest.Matchers.contains("SHOWBACK", "CHARGEBACK", "ADJUSTMENT"))
                .body("lines[2].amount", equalTo(new BigDecimal("8.50")))
                .body("lines[2].adjustsStatementId", equalTo(septemberId))
                .body("lines[2].adjustsMonth", equalTo(september))
                .body("lines[2].product", equalTo("ai-resolution"))
                .body("lines[2].cause", containsString("1 late usage event(s)"))
                .body("lines[2].description", containsString(septemberId))
                // 50 x 0.85 = 42.50 for October, plus the adjustment: the invoice bills both.
                .body("chargebackTotal", equalTo(new BigDecimal("51.00")));
        given().when().get("/v1/statements/{id}", septemberId)
                .then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("contentHash", equalTo(hash))
                .body("chargebackTotal", equalTo(new BigDecimal("85.00")))
                .body("lines", equalTo(issuedLines));

        // Once October is issued with the adjustment, November does not carry it again.
        Api.issue(octoberId);
        String november = "2037-11";
        givenIngestion(ingestion, november, costs(november, cost("late-bu", "Compute", "90.00")),
                usageOf(november, usage("late-bu", "ai-resolution", "50")));
        givenPrice(pricing, november, "ai-resolution", "resolution", "0.85");
        // September's late event is still listed late: already billed through October, it is not carried again.
        when(ingestion.lateUsage(eq(september))).thenReturn(new LateUsage(september, List.of(
                new LateUsage.Event("e-late-1", "late-bu", "bot", "ai-resolution", new BigDecimal("10"))), false));
        String novemberId = statementIdOf(Api.runMonth(november), "late-bu");
        given().when().get("/v1/statements/{id}", novemberId)
                .then().statusCode(200).body("lines.kind", org.hamcrest.Matchers.contains("SHOWBACK", "CHARGEBACK"));
    }

    @Test
    void shouldCarryARetroactivePriceCorrectionNamingItsCause() {
        String march = "2038-03";
        String april = "2038-04";
        givenIngestion(ingestion, march, costs(march, cost("retro-bu", "Compute", "10.00")),
                usageOf(march, usage("retro-bu", "doc-summary", "100")));
        givenPrice(pricing, march, "doc-summary", "document", "0.85");
        Api.issue(statementIdOf(Api.runMonth(march), "retro-bu"));

        // Pricing corrects March's price to 0.80 and reports the correction as retroactive.
        givenPrice(pricing, march, "doc-summary", "document", "0.80");
        when(pricing.retroactivePriceChanges(anyBoolean())).thenReturn(List.of(new PriceChange(7,
                "2038-04-02T10:00:00Z", "price-version-added", "doc-summary", "v-2", "Contract says 0.80", true,
                List.of(march))));
        givenIngestion(ingestion, april, costs(april, cost("retro-bu", "Compute", "10.00")),
                usageOf(april, usage("retro-bu", "doc-summary", "10")));
        givenPrice(pricing, april, "doc-summary", "document", "0.80");
        String aprilId = statementIdOf(Api.runMonth(april), "retro-bu");

        given().when().get("/v1/statements/{id}", aprilId)
                .then().statusCode(200)
                .body("lines.find { it.kind == 'ADJUSTMENT' }.amount", equalTo(new BigDecimal("-5.00")))
                .body("lines.find { it.kind == 'ADJUSTMENT' }.cause",
                        containsString("retroactive price correction of doc-summary"))
                .body("chargebackTotal", equalTo(new BigDecimal("3.00")));
    }

    @Test
    void shouldRestateTheShowbackOfAnIssuedMonthAsANewVersionAndKeepTheIssuedOneUnchanged() {
        String month = "2038-06";
        givenIngestion(ingestion, month, costs(month, cost("restated-bu", "Compute", "100.00"),
                cost(null, "Storage", "1.00")), usageOf(month, usage("restated-bu", "ai-resolution", "10")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.00");
        when(ingestion.costRevisions(eq(month))).thenReturn(List.of(new CostRevision("acct-1", month, 1)));
        String v1 = statementIdOf(Api.runMonth(month), "restated-bu");
        JsonPath issued = Api.issue(v1);

        // The provider restates the month: the business unit's cost is 120.00 now (scope revision 2).
        givenIngestion(ingestion, month, costs(month, cost("restated-bu", "Compute", "120.00"),
                cost(null, "Storage", "1.00")), usageOf(month, usage("restated-bu", "ai-resolution", "10")));
        when(ingestion.costRevisions(eq(month))).thenReturn(List.of(new CostRevision("acct-1", month, 2)));
        JsonPath run = Api.runMonth(month);

        String v2 = statementIdOf(run, "restated-bu");
        assertThat(v2).isNotEqualTo(v1);
        given().when().get("/v1/statements/{id}", v2)
                .then().statusCode(200)
                .body("version", equalTo(2))
                .body("status", equalTo("ISSUED"))
                .body("supersedesId", equalTo(v1))
                .body("invoiceNumber", equalTo(issued.getString("invoiceNumber")))
                .body("showbackTotal", equalTo(new BigDecimal("120.00")))
                // Issued chargeback changes only through adjustment lines: it is copied unchanged.
                .body("chargebackTotal", equalTo(new BigDecimal("10.00")))
                .body("scopeRevisions.'acct-1/" + month + "'", equalTo(2))
                .body("contentHash", startsWith("sha256:"));
        given().when().get("/v1/statements/{id}", v1)
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("showbackTotal", equalTo(new BigDecimal("100.00")))
                .body("supersededById", equalTo(v2))
                .body("scopeRevisions.'acct-1/" + month + "'", equalTo(1))
                .body("contentHash", equalTo(issued.getString("contentHash")));
        given().when().get("/v1/statements/{id}/diff", v2)
                .then().statusCode(200)
                .body("previousStatementId", equalTo(v1))
                .body("showbackBefore", equalTo(new BigDecimal("100.00")))
                .body("showbackAfter", equalTo(new BigDecimal("120.00")))
                .body("lines", hasSize(1))
                .body("lines[0].change", equalTo("CHANGED"))
                .body("lines[0].delta", equalTo(new BigDecimal("20.00")));
        given().when().get("/v1/statements/{id}/diff", v1)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/no-previous-version"));
        given().when().get("/v1/statements?month={month}&businessUnit=restated-bu&allVersions=true", month)
                .then().statusCode(200).body("version", org.hamcrest.Matchers.contains(1, 2));
        // The month reconciles again with the restated version.
        assertThat(run.getBoolean("reconciliation.balanced")).isTrue();
        assertThat(run.getObject("reconciliation.allocatedTotal", BigDecimal.class))
                .isEqualByComparingTo("120.00");
    }

    @Test
    void shouldVoidAnIssuedStatementWithACreditNoteAndBuildTheNextVersionOnTheNextRun() {
        String month = "2038-08";
        givenIngestion(ingestion, month, costs(month, cost("void-bu", "Compute", "10.00")),
                usageOf(month, usage("void-bu", "ai-resolution", "20")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.50");
        String id = statementIdOf(Api.runMonth(month), "void-bu");
        given().contentType(ContentType.JSON).body("{\"reason\": \"wrong\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/void", id)
                .then().statusCode(409).body("type", equalTo("/problems/statement-not-voidable"));
        String invoice = Api.issue(id).getString("invoiceNumber");

        given().contentType(ContentType.JSON).body("{\"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/void", id)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        String creditNote = given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Wrong cost center\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/void", id)
                .then().statusCode(200)
                .body("status", equalTo("VOIDED"))
                .body("voided.reason", equalTo("Wrong cost center"))
                .body("voided.voidedBy", equalTo("finance@example.com"))
                .body("voided.creditNoteNumber", startsWith("CN-"))
                .extract().path("voided.creditNoteNumber");
        given().when().get("/v1/credit-notes/{n}", creditNote)
                .then().statusCode(200)
                .body("invoiceNumber", equalTo(invoice))
                .body("statementId", equalTo(id))
                .body("total", equalTo(new BigDecimal("-30.00")))
                .body("reason", equalTo("Wrong cost center"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"again\", \"by\": \"finance@example.com\"}")
                .when().post("/v1/statements/{id}/void", id)
                .then().statusCode(409).body("type", equalTo("/problems/statement-not-voidable"));

        String next = statementIdOf(Api.runMonth(month), "void-bu");
        given().when().get("/v1/statements/{id}", next)
                .then().statusCode(200).body("version", equalTo(2)).body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldFlagAMonthOverMonthChangeAboveFifteenPercent() {
        String[] months = {"2038-10", "2038-11", "2038-12"};
        String[] showback = {"100.00", "115.00", "132.26"};
        String last = null;
        for (int i = 0; i < months.length; i++) {
            givenIngestion(ingestion, months[i], costs(months[i], cost("variance-bu", "Compute", showback[i])),
                    usageOf(months[i]));
            last = statementIdOf(Api.runMonth(months[i]), "variance-bu");
            if (i == 1) {
                // Exactly 15 % is inside the corridor.
                given().when().get("/v1/statements/{id}", last)
                        .then().statusCode(200)
                        .body("variance.previousMonth", equalTo("2038-10"))
                        .body("variance.showback.previous", equalTo(new BigDecimal("100.00")))
                        .body("variance.showback.changePercent", equalTo(new BigDecimal("15.0")))
                        .body("variance.showback.flagged", is(false))
                        .body("variance.thresholdPercent", equalTo(15));
            }
        }
        // 132.26 / 115.00 = +15.009 %: flagged.
        given().when().get("/v1/statements/{id}", last)
                .then().statusCode(200)
                .body("variance.showback.changePercent", equalTo(new BigDecimal("15.0")))
                .body("variance.showback.flagged", is(true))
                .body("variance.chargeback.flagged", is(false));
    }

    @Test
    void shouldReconcileAgainstIngestionNowAndShowTheDifferenceWhenCostsChangedSinceTheRun() {
        String month = "2039-01";
        givenIngestion(ingestion, month, costs(month, cost("recon-a", "Compute", "10.005"),
                cost("recon-b", "Compute", "10.005"), cost(null, "Compute", "0.005")), usageOf(month));
        Api.runMonth(month);
        given().when().get("/v1/reconciliation?month={m}", month)
                .then().statusCode(200)
                .body("costTotal", equalTo(new BigDecimal("20.015")))
                .body("allocatedTotal", equalTo(new BigDecimal("20.02")))
                .body("unallocatedTotal", equalTo(new BigDecimal("0.00")))
                .body("difference", equalTo(new BigDecimal("0.00")))
                .body("effectiveCostTotal", equalTo(new BigDecimal("20.015")))
                .body("effectiveStatementTotal", equalTo(new BigDecimal("20.02")))
                .body("balanced", is(true));

        givenIngestion(ingestion, month, costs(month, cost("recon-a", "Compute", "15.005"),
                cost("recon-b", "Compute", "10.005"), cost(null, "Compute", "0.005")), usageOf(month));
        given().when().get("/v1/reconciliation?month={m}", month)
                .then().statusCode(200)
                .body("balanced", is(false))
                .body("reconciled", is(false))
                .body("difference", equalTo(new BigDecimal("5.00")));
        given().when().get("/v1/reconciliation?month=2039-13")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("month"));
    }

    @Test
    void shouldExportCsvAndDrillDownFromALineToItsSources() {
        String month = "2039-02";
        givenIngestion(ingestion, month, costs(month, cost("csv-bu", "Compute", "12.345"),
                cost("csv-bu", "Storage", "1.5")), usageOf(month, usage("csv-bu", "ai-resolution", "3")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");
        when(ingestion.usageEvents(eq(month), eq("csv-bu"), eq("ai-resolution"), eq(100))).thenReturn(Map.of(
                "events", List.of(Map.of("eventId", "e-1", "quantity", 3)), "month", month));
        String id = statementIdOf(Api.runMonth(month), "csv-bu");

        String csv = given().accept("text/csv").when().get("/v1/statements/{id}", id)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("statement-csv-bu-" + month))
                .extract().asString();
        assertThat(csv.split("\r\n")).hasSize(7);
        // 12.345 + 1.5 = 13.845: HALF_EVEN 13.84, and the largest remainder keeps the lines at 12.34 + 1.50.
        assertThat(csv).contains(month + ",csv-bu").contains(",13.84,2.55,").contains(",12.345,12.34,USD,")
                .contains(",2.55,2.55,USD,");

        given().when().get("/v1/statements/{id}/lines/1/sources", id)
                .then().statusCode(200)
                .body("kind", equalTo("SHOWBACK"))
                .body("costGroups", hasSize(1))
                .body("costGroups[0].dimensions.serviceCategory", equalTo("Compute"))
                .body("costGroups[0].billedCost", equalTo(new BigDecimal("12.345")))
                .body("costGroups[0].rowCount", equalTo(3))
                .body("ruleCode", nullValue())
                .body("drillDown[0]", containsString("/v1/costs/summary?billingPeriod=" + month));
        given().when().get("/v1/statements/{id}/lines/3/sources", id)
                .then().statusCode(200)
                .body("kind", equalTo("CHARGEBACK"))
                .body("priceVersionId", equalTo("b1d7c6a4-0000-4000-8000-000000000001"))
                .body("usageEvents[0].eventId", equalTo("e-1"))
                .body("drillDown[0]", containsString("/v1/usage-events?month=" + month));
        given().when().get("/v1/statements/{id}/lines/9/sources", id)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
