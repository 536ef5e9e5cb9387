package org.chargeback.chargeback.allocation;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.httpError;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.chargeback.chargeback.allocation.Rules.create;
import static org.chargeback.chargeback.allocation.Rules.direct;
import static org.chargeback.chargeback.allocation.Rules.fixed;
import static org.chargeback.chargeback.allocation.Rules.newCode;
import static org.chargeback.chargeback.allocation.Rules.registerBusinessUnit;
import static org.chargeback.chargeback.allocation.Rules.rule;
import static org.chargeback.chargeback.allocation.Rules.serviceName;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * POST /v1/allocation-rules/preview with ingestion's and pricing's answers mocked. Months of 2043, one per test,
 * with rules limited to that month, so no other test's rules are in force.
 */
@QuarkusTest
class AllocationPreviewResourceTest {

    private static final String BU_TAG = "tag:business-unit";

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
    void shouldShowWhatAChangeWouldMoveWithoutStoringIt() {
        String month = "2043-03";
        String support = registerBusinessUnit(null);
        String legal = registerBusinessUnit(null);
        String sagemaker = newCode("sagemaker");
        create(rule(sagemaker, 10, month, "2043-04", serviceName("Amazon SageMaker"), direct(support)));
        givenCosts(month,
                group("1000.005", "Amazon SageMaker", null, "AI and Machine Learning", null),
                group("-10", "Amazon SageMaker", null, "AI and Machine Learning", null),
                group("50.00", "Amazon EC2", legal, "Compute", null),
                group("30", "Amazon VPC", null, "Networking", "prod"));
        when(ingestion.usageSummary(eq(month), eq("businessUnit,product"))).thenReturn(usageOf(month,
                usage(support, "ai-resolution", "30"), usage(legal, "doc-summary", "10")));
        String network = newCode("network");
        String change = "{\"rules\": ["
                + rule(sagemaker, 10, month, "2043-04", serviceName("Amazon SageMaker"),
                fixed(support, "60", legal, "40")) + ", "
                + rule(network, 900, month, "2043-04", "[{\"dimension\": \"serviceCategory\", \"equals\": "
                        + "\"Networking\"}, {\"dimension\": \"tag:env\", \"equals\": \"prod\"}]",
                "{\"method\": \"USAGE_UNITS\"}")
                + "]}";

        JsonPath preview = given().contentType(ContentType.JSON).body(change)
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("month", equalTo(month))
                .body("currency", equalTo("USD"))
                .body("rulesBefore.find { it.code == '" + sagemaker + "' }.version", equalTo(1))
                .body("rulesAfter.find { it.code == '" + sagemaker + "' }.version", equalTo(2))
                .body("rulesAfter.find { it.code == '" + network + "' }.version", equalTo(1))
                .body("businessUnits.businessUnit", contains(first(support, legal), last(support, legal), null))
                .body("movedCostGroupCount", equalTo(4))
                .body("truncated", is(false))
                .extract().jsonPath();

        // Before: SageMaker (credit included) to support by the rule, EC2 to legal by its tag, the network untagged.
        // After: SageMaker 60/40, the network by usage units 30:10. HALF_EVEN: 990.005 -> 990.00.
        assertBusinessUnit(preview, support, "990.005", "616.503", "-373.502", "990.00", "616.50", "-373.50");
        assertBusinessUnit(preview, legal, "50.00", "453.502", "403.502", "50.00", "453.50", "403.50");
        assertBusinessUnit(preview, null, "30", "0", "-30", "30.00", "0.00", "-30.00");

        List<Map<String, Object>> moves = preview.getList("movedCostGroups");
        assertThat(moves).extracting(m -> m.get("billedCost").toString())
                .containsExactly("400.0020000000", "22.5000000000", "7.5000000000", "-4.0000000000");
        assertThat(moves).extracting(m -> m.get("fromBusinessUnit"))
                .containsExactly(support, null, null, support);
        assertThat(moves).extracting(m -> m.get("toBusinessUnit"))
                .containsExactly(legal, support, legal, legal);
        assertThat(preview.getString("movedCostGroups[0].dimensions.serviceName"))
                .isEqualTo("Amazon SageMaker");
        assertThat(preview.getInt("movedCostGroups[0].ruleBefore.version"))
                .isEqualTo(1);
        assertThat(preview.getInt("movedCostGroups[0].ruleAfter.version"))
                .isEqualTo(2);
        assertThat((Object) preview.get("movedCostGroups[1].ruleBefore")).isNull();
        assertThat(preview.getString("movedCostGroups[1].ruleAfter.code"))
                .isEqualTo(network);

        // The summary was asked for the new rule's tag too; the price book was not needed.
        verify(ingestion).costSummary(eq(month), argThat(groupBy -> groupBy.contains("tag:env")
                && groupBy.contains(BU_TAG) && groupBy.contains("serviceName")));
        verify(pricing, never()).quoteBatch(org.mockito.ArgumentMatchers.any());
        // Nothing stored.
        given().when().get("/v1/allocation-rules/{code}/versions", sagemaker)
                .then().statusCode(200).body("version", contains(1));
        given().when().get("/v1/allocation-rules/{code}", network).then().statusCode(404);
    }

    @Test
    void shouldShowARetiredRulesCostsGoingBackToTheTag() {
        String month = "2043-05";
        String support = registerBusinessUnit(null);
        String sales = registerBusinessUnit(null);
        String retired = newCode("retired");
        create(rule(retired, 10, month, "2043-06", serviceName("Azure OpenAI"), direct(support)));
        givenCosts(month,
                group("12.34", "Azure OpenAI", sales, "AI and Machine Learning", null),
                group("1", "Azure OpenAI", null, "AI and Machine Learning", null));

        given().contentType(ContentType.JSON).body("{\"retire\": [\"" + retired + "\"]}")
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(200)
                .body("rulesAfter.code", org.hamcrest.Matchers.not(hasItem(retired)))
                .body("movedCostGroupCount", equalTo(2))
                .body("movedCostGroups[0].fromBusinessUnit", equalTo(support))
                .body("movedCostGroups[0].toBusinessUnit", equalTo(sales))
                .body("movedCostGroups[0].billedCost", equalTo(new BigDecimal("12.34")))
                .body("movedCostGroups[0].ruleAfter", nullValue())
                .body("movedCostGroups[1].toBusinessUnit", nullValue())
                .body("businessUnits.find { it.businessUnit == null }.billedCostAfter", hasToString("1"));
    }

    @Test
    void shouldSplitByChargebackAmountFromOneBatchOfQuotes() {
        String month = "2043-07";
        String support = registerBusinessUnit(null);
        String legal = registerBusinessUnit(null);
        givenCosts(month, group("99.99", "Amazon Bedrock", null, "AI and Machine Learning", null));
        when(ingestion.usageSummary(eq(month), eq("businessUnit,product"))).thenReturn(usageOf(month,
                usage(support, "ai-resolution", "100"), usage(legal, "doc-summary", "100"),
                usage(legal, "unpriced-product", "5000")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.20");
        givenPrice(pricing, month, "doc-summary", "document", "0.10");
        String code = newCode("bedrock");

        given().contentType(ContentType.JSON).body("{\"rules\": [" + rule(code, 1, month, "2043-08",
                        serviceName("Amazon Bedrock"), "{\"method\": \"CHARGEBACK_AMOUNT\", \"shares\": []}") + "]}")
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(200)
                // 20.00 : 10.00 -> two thirds and one third of 99.99; the unpriced usage adds nothing.
                .body("businessUnits.find { it.businessUnit == '" + support + "' }.billedCostAfter",
                        equalTo(new BigDecimal("66.6600000000")))
                .body("businessUnits.find { it.businessUnit == '" + legal + "' }.billedCostAfter",
                        equalTo(new BigDecimal("33.3300000000")))
                .body("businessUnits.find { it.businessUnit == null }.billedCostAfter", hasToString("0"));
    }

    @Test
    void shouldRefuseAnInvalidChangeNamingTheRuleAndField() {
        String month = "2043-09";
        givenCosts(month);
        String body = "{\"rules\": [" + rule(newCode("bad"), 1, month, null,
                "[{\"dimension\": \"serviceName\", \"equals\": \"x\"}, {\"dimension\": \"team\", \"equals\": \"x\"}]",
                "{\"method\": \"NONE\"}") + ", " + rule(null, 1, month, null, "[]", "{\"method\": \"NONE\"}")
                + "], \"retire\": [\"" + newCode("unknown") + "\"]}";

        given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("rules[0].match[1].dimension", "rules[1].code", "retire[0]"));
        given().contentType(ContentType.JSON).body("{\"rules\": [{\"code\": \"x1\"}]}")
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("rules[0].name"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/allocation-rules/preview")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("month"));
        verify(ingestion, never()).costSummary(anyString(), anyString());
    }

    @Test
    void shouldAnswer502WhenIngestionFails() {
        String month = "2043-11";
        when(ingestion.costSummary(eq(month), anyString())).thenThrow(httpError(503));

        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(502).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/upstream-unavailable"))
                .body("service", equalTo("ingestion-service"))
                .body("detail", containsString("cost summary"));
    }

    @Test
    void shouldAnswer422ForCostsInAnotherCurrency() {
        String month = "2043-12";
        CostSummary.Group euros = new CostSummary.Group(Map.of("serviceName", "x"), "EUR", BigDecimal.TEN,
                BigDecimal.TEN, 1);
        when(ingestion.costSummary(eq(month), anyString())).thenReturn(new CostSummary(month, List.of(),
                List.of(euros), List.of(new CostSummary.Total("EUR", BigDecimal.TEN, BigDecimal.TEN, 1))));

        given().contentType(ContentType.JSON).body("{}")
                .when().post("/v1/allocation-rules/preview?month=" + month)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"))
                .body("currency", equalTo("EUR"));
    }

    private static String first(String a, String b) {
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String last(String a, String b) {
        return a.compareTo(b) < 0 ? b : a;
    }

    private void givenCosts(String month, CostSummary.Group... groups) {
        when(ingestion.costSummary(eq(month), anyString())).thenReturn(new CostSummary(month, List.of(),
                List.of(groups), List.of()));
    }

    private static CostSummary.Group group(String billed, String serviceName, String businessUnit,
                                           String serviceCategory, String env) {
        Map<String, String> dimensions = new HashMap<>(); // ingestion sends null for a missing tag
        dimensions.put("serviceName", serviceName);
        dimensions.put(BU_TAG, businessUnit);
        dimensions.put("serviceCategory", serviceCategory);
        dimensions.put("tag:env", env);
        return new CostSummary.Group(dimensions, "USD", new BigDecimal(billed), new BigDecimal(billed), 2);
    }

    private static void assertBusinessUnit(JsonPath preview, String businessUnit, String before, String after,
                                           String delta, String roundedBefore, String roundedAfter,
                                           String roundedDelta) {
        String at = "businessUnits.find { it.businessUnit == " + (businessUnit == null ? "null"
                : "'" + businessUnit + "'") + " }.";
        assertThat(preview.getObject(at + "billedCostBefore", BigDecimal.class))
                .isEqualByComparingTo(before);
        assertThat(preview.getObject(at + "billedCostAfter", BigDecimal.class))
                .isEqualByComparingTo(after);
        assertThat(preview.getObject(at + "delta", BigDecimal.class))
                .isEqualByComparingTo(delta);
        assertThat(preview.getString(at + "roundedBefore")).isEqualTo(roundedBefore);
        assertThat(preview.getString(at + "roundedAfter")).isEqualTo(roundedAfter);
        assertThat(preview.getString(at + "roundedDelta")).isEqualTo(roundedDelta);
    }
}
