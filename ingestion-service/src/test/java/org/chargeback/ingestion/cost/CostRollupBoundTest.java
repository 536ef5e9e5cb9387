package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * The importer sums the daily rollup in memory, bounded: with room for only three groups it writes partial groups
 * out between COPYs of rows many times over, and summaries still add up to the exact totals.
 */
@QuarkusTest
@TestProfile(CostRollupBoundTest.ThreeGroups.class)
class CostRollupBoundTest extends WithEmbeddedPostgres {

    public static class ThreeGroups implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ingestion.costs.rollup-groups-in-memory", "3");
        }
    }

    @Test
    void shouldSumExactlyWhenTheRollupIsWrittenInParts() {
        String month = "2033-03";
        List<String> rows = new ArrayList<>();
        BigDecimal[] perUnit = {BigDecimal.ZERO, BigDecimal.ZERO};
        for (int i = 0; i < 40; i++) {
            String cost = "0.000000000" + (i + 1) + "7";
            rows.add(FocusFiles.row(month, cost, i % 3 == 0 ? "Storage" : "Compute", "bu-" + i % 2));
            perUnit[i % 2] = perUnit[i % 2].add(new BigDecimal(cost));
        }
        given().contentType("text/csv").body(FocusFiles.file(rows.toArray(String[]::new)))
                .when().post("/v1/cost-imports").then().statusCode(201).body("rowCount", equalTo(40));
        given().queryParam("billingPeriod", month).queryParam("groupBy", "tag:business-unit")
                .when().get("/v1/costs/summary").then().statusCode(200)
                .body("groups.size()", equalTo(2))
                .body("groups[0].billedCost", decimal(perUnit[0].toPlainString()))
                .body("groups[0].rowCount", equalTo(20))
                .body("groups[1].billedCost", decimal(perUnit[1].toPlainString()))
                .body("totals[0].billedCost", decimal(perUnit[0].add(perUnit[1]).toPlainString()))
                .body("totals[0].rowCount", equalTo(40));
    }
}
