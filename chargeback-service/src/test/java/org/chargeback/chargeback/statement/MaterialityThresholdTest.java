package org.chargeback.chargeback.statement;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.LateUsage;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.equalTo;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/** With a materiality threshold of 1.00, a smaller change to an issued month is recorded but not carried. */
@QuarkusTest
@TestProfile(MaterialityThresholdTest.OneDollar.class)
class MaterialityThresholdTest {

    public static class OneDollar implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("chargeback.materiality-threshold", "1.00");
        }
    }

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
    void shouldRecordButNotCarryAChangeBelowTheThreshold() throws Exception {
        String january = "2040-01";
        String february = "2040-02";
        givenIngestion(ingestion, january, costs(january, cost("small-bu", "Compute", "1.00"),
                        cost("big-bu", "Compute", "1.00")),
                usageOf(january, usage("small-bu", "ai-resolution", "10"), usage("big-bu", "ai-resolution", "10")));
        givenPrice(pricing, january, "ai-resolution", "resolution", "0.85");
        var first = Api.runMonth(january);
        String smallJanuary = statementIdOf(first, "small-bu");
        Api.issue(smallJanuary);
        Api.issue(statementIdOf(first, "big-bu"));

        // One late resolution for small-bu (0.85 < 1.00), ten for big-bu (8.50).
        givenIngestion(ingestion, january, costs(january, cost("small-bu", "Compute", "1.00"),
                        cost("big-bu", "Compute", "1.00")),
                usageOf(january, usage("small-bu", "ai-resolution", "11"), usage("big-bu", "ai-resolution", "20")));
        givenIngestion(ingestion, february, costs(february, cost("small-bu", "Compute", "1.00"),
                        cost("big-bu", "Compute", "1.00")),
                usageOf(february, usage("small-bu", "ai-resolution", "1"), usage("big-bu", "ai-resolution", "1")));
        givenPrice(pricing, february, "ai-resolution", "resolution", "0.85");
        when(ingestion.lateUsage(eq(january))).thenReturn(new LateUsage(january, List.of(
                new LateUsage.Event("e-s", "small-bu", "bot", "ai-resolution", BigDecimal.ONE),
                new LateUsage.Event("e-b", "big-bu", "bot", "ai-resolution", BigDecimal.TEN)), false));
        var run = Api.runMonth(february);

        given().when().get("/v1/statements/{id}", statementIdOf(run, "small-bu"))
                .then().statusCode(200).body("lines.kind", org.hamcrest.Matchers.contains("SHOWBACK", "CHARGEBACK"));
        given().when().get("/v1/statements/{id}", statementIdOf(run, "big-bu"))
                .then().statusCode(200)
                .body("lines.find { it.kind == 'ADJUSTMENT' }.amount", equalTo(new BigDecimal("8.50")));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select delta, carried from statement_adjustment"
                     + " where original_statement_id = cast(? as uuid)")) {
            ps.setString(1, smallJanuary);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBigDecimal("delta")).isEqualByComparingTo("0.85");
                assertThat(rs.getBoolean("carried")).isFalse();
            }
        }
    }
}
