package org.chargeback.chargeback.statement;

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
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/**
 * A statement built from everything a month brings: provider costs placed by an allocation rule on a use case,
 * unclaimed cost on the platform team's statement, a manual talent entry and recurring SaaS seats, usage with token
 * counts and a declared business value: categories, unit economics and recovery as a BU owner reads them.
 */
@QuarkusTest
class StatementAllocationTest {

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
    void shouldPutRuleAllocatedCostsEntriesAndUsageOnOneStatementThatAddsUp() {
        String month = "2039-03";
        String unit = "econ-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON).body("{\"code\": \"" + unit + "\", \"name\": \"Support\","
                        + " \"costCenter\": \"CC-4100\", \"ownerContact\": \"lead@example.com\"}")
                .when().post("/v1/business-units").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"code\": \"bot\", \"name\": \"Support bot\","
                        + " \"product\": \"ai-resolution\", \"valuePerUnit\": 4.50, \"valueCurrency\": \"USD\"}")
                .when().post("/v1/business-units/{code}/use-cases", unit).then().statusCode(201);
        String rule = "openai-" + unit;
        given().contentType(ContentType.JSON).body("{\"code\": \"" + rule + "\", \"name\": \"OpenAI to the bot\","
                        + " \"priority\": 10, \"effectiveFrom\": \"2039-03\", \"effectiveTo\": \"2039-04\","
                        + " \"match\": [{\"dimension\": \"serviceName\", \"equals\": \"OpenAI API " + unit + "\"}],"
                        + " \"allocate\": {\"method\": \"DIRECT\", \"businessUnit\": \"" + unit + "\","
                        + " \"useCase\": \"bot\"}, \"changedBy\": \"platform@example.com\", \"reason\": \"test\"}")
                .when().post("/v1/allocation-rules").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"month\": \"" + month + "\", \"businessUnit\": \"" + unit
                        + "\", \"budgetCategory\": \"TALENT\", \"workloadCategory\": \"DEVELOPMENT_AND_TRAINING\","
                        + " \"amount\": 50.00, \"currency\": \"USD\", \"description\": \"Prompt engineer\","
                        + " \"enteredBy\": \"finance@example.com\"}")
                .when().post("/v1/cost-entries").then().statusCode(201);
        given().contentType(ContentType.JSON).body("{\"code\": \"seats-" + unit + "\", \"businessUnit\": \"" + unit
                        + "\", \"description\": \"Copilot seats\", \"quantity\": 2, \"unitPrice\": 30,"
                        + " \"currency\": \"USD\", \"fromMonth\": \"" + month + "\", \"toMonth\": \"" + month + "\","
                        + " \"enteredBy\": \"finance@example.com\"}")
                .when().post("/v1/recurring-cost-entries").then().statusCode(201);

        // No business unit tag on either row: the rule claims the OpenAI row, nobody claims the other.
        givenIngestion(ingestion, month, costs(month, group("OpenAI API " + unit, "AI and Machine Learning", "100.00"),
                        group("Data transfer " + unit, "Networking", "5.004")),
                usageOf(month, usage(unit, "bot", "ai-resolution", "1000", 10, "1800000", "350000")));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.15");
        JsonPath run = Api.runMonth(month);
        String id = statementIdOf(run, unit);

        given().when().get("/v1/statements/{id}", id)
                .then().statusCode(200)
                .body("businessUnitName", equalTo("Support"))
                .body("lines[0].kind", equalTo("SHOWBACK"))
                .body("lines[0].ruleCode", equalTo(rule))
                .body("lines[0].ruleVersion", equalTo(1))
                .body("lines[0].useCase", equalTo("bot"))
                .body("lines[0].amount", equalTo(new BigDecimal("100.00")))
                .body("lines.find { it.source == 'MANUAL' }.budgetCategory", equalTo("TALENT"))
                .body("lines.find { it.source == 'RECURRING' }.amount", equalTo(new BigDecimal("60.00")))
                .body("lines.find { it.source == 'RECURRING' }.workloadCategory", equalTo("EMBEDDED"))
                .body("showbackTotal", equalTo(new BigDecimal("210.00")))
                .body("manualTotal", equalTo(new BigDecimal("110.00")))
                .body("chargebackTotal", equalTo(new BigDecimal("150.00")))
                // All five budget categories are listed, so a budget owner sees what is empty too.
                .body("showback.byBudgetCategory.key", org.hamcrest.Matchers.contains("INFRASTRUCTURE_AND_COMPUTE",
                        "TALENT", "VENDOR_AND_API", "DATA_AND_TOOLING", "INNOVATION_RESERVE"))
                .body("showback.byBudgetCategory.find { it.key == 'TALENT' }.amount", equalTo(new BigDecimal("50.00")))
                .body("showback.byBudgetCategory.find { it.key == 'VENDOR_AND_API' }.amount",
                        equalTo(new BigDecimal("160.00")))
                .body("showback.byWorkloadCategory.find { it.key == 'EMBEDDED' }.amount",
                        equalTo(new BigDecimal("60.00")))
                .body("showback.byUseCase.find { it.key == 'bot' }.amount", equalTo(new BigDecimal("100.00")))
                .body("showback.topServices[0].key", equalTo("OpenAI API " + unit))
                // Recovery: the bot's product earns 150.00 against its 100.00 of cost; entries have no product.
                .body("recovery.byProduct.find { it.product == 'ai-resolution' }.recovery",
                        equalTo(new BigDecimal("50.00")))
                .body("recovery.byProduct.find { it.product == '(no product)' }.recovery",
                        equalTo(new BigDecimal("-110.00")))
                .body("recovery.total", equalTo(new BigDecimal("-60.00")))
                .body("unitEconomics[0].useCase", equalTo("bot"))
                .body("unitEconomics[0].units", equalTo(1000))
                .body("unitEconomics[0].cost", equalTo(new BigDecimal("100.00")))
                .body("unitEconomics[0].costPerUnit", equalTo(new BigDecimal("0.100000")))
                .body("unitEconomics[0].value", equalTo(new BigDecimal("4500.00")))
                .body("unitEconomics[0].valueToCostRatio", equalTo(new BigDecimal("45.00")))
                .body("unitEconomics[0].tokensPerOutcome", equalTo(new BigDecimal("2150.0")))
                .body("variance.showback.previous", nullValue())
                .body("variance.showback.flagged", is(false));

        String platform = statementIdOf(run, "platform");
        given().when().get("/v1/statements/{id}", platform)
                .then().statusCode(200)
                .body("lines.find { it.serviceName == 'Data transfer " + unit + "' }.kind", equalTo("UNALLOCATED"))
                .body("lines.find { it.serviceName == 'Data transfer " + unit + "' }.amount",
                        equalTo(new BigDecimal("5.00")));
        // Entries are not provider cost: the month reconciles on the provider rows alone.
        assertThat(run.getBoolean("reconciliation.balanced")).isTrue();
        assertThat(run.getObject("reconciliation.allocatedTotal", BigDecimal.class)).isEqualByComparingTo("100.00");
        assertThat(run.getObject("reconciliation.unallocatedTotal", BigDecimal.class)).isEqualByComparingTo("5.00");
        given().when().get("/v1/statements/{id}/lines/1/sources", id)
                .then().statusCode(200)
                .body("ruleCode", equalTo(rule))
                .body("costGroups[0].dimensions.serviceName", equalTo("OpenAI API " + unit))
                .body("costGroups[0].billedCost", equalTo(new BigDecimal("100.00")))
                // The drill-down query can be sent as it is: values are URL-encoded.
                .body("drillDown[0]", org.hamcrest.Matchers.containsString(
                        "&filter=serviceName%3DOpenAI%20API%20" + unit));
    }

    private static CostSummary.Group group(String serviceName, String serviceCategory, String billedCost) {
        Map<String, String> dimensions = new HashMap<>();
        dimensions.put("serviceName", serviceName);
        dimensions.put("serviceCategory", serviceCategory);
        dimensions.put("tag:business-unit", null);
        return new CostSummary.Group(dimensions, "USD", new BigDecimal(billedCost), new BigDecimal(billedCost), 2);
    }
}
