package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Token counts from the events' attributes, summed per group and in total by GET /v1/usage/summary. */
@QuarkusTest
class UsageTokensTest extends WithEmbeddedPostgres {

    @Inject
    DataSource dataSource;

    private static String event(String id, String bu, String useCase, String product, String quantity, String occurredAt,
                                String attributes) {
        return "{\"eventId\": \"" + id + "\", \"businessUnit\": \"" + bu + "\", \"useCase\": \"" + useCase
                + "\", \"product\": \"" + product + "\", \"quantity\": " + quantity + ", \"occurredAt\": \"" + occurredAt
                + "\"" + (attributes == null ? "" : ", \"attributes\": " + attributes) + "}\n";
    }

    private static void post(String ndjson, int accepted) {
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(ndjson)).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(accepted)).body("rejected", equalTo(0));
    }

    private static void retract(String eventId) {
        given().contentType("application/json").body("{\"reason\": \"test traffic\"}")
                .when().post("/v1/usage-events/" + eventId + "/retractions").then().statusCode(201);
    }

    @Test
    void shouldSumTokensPerGroupAndInTotalLeavingRetractedEventsOut() {
        post(event("t1-a", "support", "bot", "support-resolution", "2", "2037-01-01T08:00:00Z",
                        "{\"model\": \"gpt-4o\", \"tokensIn\": 3600, \"tokensOut\": 700}")
                + event("t1-b", "support", "bot", "support-resolution", "3", "2037-01-02T08:00:00Z",
                        "{\"tokensIn\": 5400}")
                + event("t1-c", "support", "email", "support-resolution", "1", "2037-01-02T09:00:00Z", null)
                // not numbers (or negative): accepted and counted as usage, but carrying no tokens
                + event("t1-d", "support", "email", "support-resolution", "1", "2037-01-03T09:00:00Z",
                        "{\"tokensIn\": \"lots\", \"tokensOut\": -5}")
                + event("t1-e", "legal", "review", "document-summary", "4", "2037-01-03T10:00:00Z",
                        "{\"tokensIn\": 1000.5, \"tokensOut\": 200}")
                + event("t1-f", "legal", "review", "document-summary", "1", "2037-01-03T11:00:00Z",
                        "{\"tokensIn\": 100, \"tokensOut\": 10}"), 6);

        given().queryParam("month", "2037-01").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("totals.eventCount", equalTo(6))
                .body("totals.tokensIn", decimal("10100.5"))
                .body("totals.tokensOut", decimal("910"))
                .body("totals.tokenEventCount", equalTo(4))
                .body("totals.tokenQuantity", decimal("10"));

        retract("t1-f");

        given().queryParam("month", "2037-01").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("groups", hasSize(2))
                .body("groups[0].dimensions.businessUnit", equalTo("legal"))
                .body("groups[0].quantity", decimal("4"))
                .body("groups[0].eventCount", equalTo(1))
                .body("groups[0].tokensIn", decimal("1000.5"))
                .body("groups[0].tokensOut", decimal("200"))
                .body("groups[0].tokenEventCount", equalTo(1))
                .body("groups[0].tokenQuantity", decimal("4"))
                .body("groups[1].dimensions.businessUnit", equalTo("support"))
                .body("groups[1].quantity", decimal("7"))
                .body("groups[1].eventCount", equalTo(4))
                .body("groups[1].tokensIn", decimal("9000"))
                .body("groups[1].tokensOut", decimal("700"))
                .body("groups[1].tokenEventCount", equalTo(2))
                .body("groups[1].tokenQuantity", decimal("5"))
                .body("totals.quantity", decimal("11"))
                .body("totals.eventCount", equalTo(5))
                .body("totals.tokensIn", decimal("10000.5"))
                .body("totals.tokensOut", decimal("900"))
                .body("totals.tokenEventCount", equalTo(3))
                .body("totals.tokenQuantity", decimal("9"));

        // a group none of whose events carries tokens answers zeros, not nulls
        given().queryParam("month", "2037-01").queryParam("groupBy", "useCase").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("groups.dimensions.useCase", org.hamcrest.Matchers.contains("bot", "email", "review"))
                .body("groups[1].eventCount", equalTo(2))
                .body("groups[1].tokensIn", decimal("0"))
                .body("groups[1].tokensOut", decimal("0"))
                .body("groups[1].tokenEventCount", equalTo(0))
                .body("groups[1].tokenQuantity", decimal("0"));
        // per day: the rollup's own grain
        given().queryParam("month", "2037-01").queryParam("groupBy", "day").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("groups.dimensions.day", org.hamcrest.Matchers.contains("2037-01-01", "2037-01-02", "2037-01-03"))
                .body("groups[0].tokensIn", decimal("3600"))
                .body("groups[1].tokensIn", decimal("5400"))
                .body("groups[2].tokensIn", decimal("1000.5"));
    }

    @Test
    void shouldCountTokensOfLateEventsAndOfEveryFormat() {
        given().when().put("/v1/usage/closed-months/2037-02").then().statusCode(201);
        given().contentType("text/csv").body(UsageFormatsTest.bytes("""
                        eventId,businessUnit,useCase,product,quantity,occurredAt,attributes
                        t2-a,support,bot,support-resolution,2,2037-02-10T00:00:00Z,"{""tokensIn"": 3600, ""tokensOut"": 700}"
                        t2-b,support,bot,support-resolution,1,2037-02-11T00:00:00Z,"{""tokensOut"": 40}"
                        """))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(2)).body("late", equalTo(2));
        given().queryParam("month", "2037-02").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("totals.tokensIn", decimal("3600"))
                .body("totals.tokensOut", decimal("740"))
                .body("totals.tokenEventCount", equalTo(2))
                .body("totals.tokenQuantity", decimal("3"));

        retract("t2-a");
        // sent again: duplicates, their tokens are not added twice (nor the retracted one's back)
        given().contentType("text/csv").body(UsageFormatsTest.bytes("""
                        eventId,businessUnit,useCase,product,quantity,occurredAt,attributes
                        t2-a,support,bot,support-resolution,2,2037-02-10T00:00:00Z,"{""tokensOut"": 700, ""tokensIn"": 3600}"
                        t2-b,support,bot,support-resolution,1,2037-02-11T00:00:00Z,"{""tokensOut"": 40}"
                        """))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
        given().queryParam("month", "2037-02").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("totals.eventCount", equalTo(1))
                .body("totals.tokensIn", decimal("0"))
                .body("totals.tokensOut", decimal("40"))
                .body("totals.tokenEventCount", equalTo(1))
                .body("totals.tokenQuantity", decimal("1"));
    }

    @Test
    void shouldAnswerZeroTokensForAMonthWithoutUsage() {
        given().queryParam("month", "2037-03").when().get("/v1/usage/summary")
                .then().statusCode(200)
                .body("groups", hasSize(0))
                .body("totals.tokensIn", decimal("0"))
                .body("totals.tokensOut", decimal("0"))
                .body("totals.tokenEventCount", equalTo(0))
                .body("totals.tokenQuantity", decimal("0"));
    }

    /**
     * A held request's rollup is summed in Java, a staged one's in SQL; both must equal what usage_tokens and sum()
     * make of the stored events, to the last digit (a retraction subtracts usage_tokens of the stored row). Compared as
     * numbers: token counts are summed as the producer wrote them, so retracting a "2.50" leaves a rollup of 1000.00
     * where a fresh sum of the rest says 1000.0, the same amount.
     */
    @Test
    void shouldKeepTheRollupEqualToItsStoredEventsWhateverTheNumbersLookLike() throws Exception {
        String[] tokens = {"1e3", "1.5E-3", "-0", "-0.0", "1.0", "12345678901234567890123", "0.1", "3.0e20", "2.50",
                "\"12\"", "true", "null", "{\"n\": 1}", "[1]", "-1e-5", "7", "1E+2", "0.30000000000000004", "1e-7"};
        String[] quantities = {"1", "1.50", "100", "0.001", "2.5e1", "7"};
        StringBuilder small = new StringBuilder();
        for (int i = 0; i < tokens.length * quantities.length; i++) {
            small.append(event("t4-" + i, "bu-" + i % 5, "uc", "p-" + i % 2, quantities[i % quantities.length],
                    "2037-04-0" + (1 + i % 3) + "T10:00:00Z", "{\"tokensIn\": " + tokens[i % tokens.length]
                            + ", \"tokensOut\": " + tokens[(i + 5) % tokens.length] + "}"));
        }
        post(small.toString(), tokens.length * quantities.length);
        // more events than a request may hold in memory: these go through the staging table
        int staged = UsageEventService.DIRECT_EVENTS + 10;
        StringBuilder large = new StringBuilder();
        for (int i = 0; i < staged; i++) {
            large.append(event("t4-s" + i, "bu-" + i % 5, "uc", "p-" + i % 2, quantities[i % quantities.length],
                    "2037-04-0" + (4 + i % 3) + "T10:00:00Z", "{\"tokensIn\": " + tokens[i % tokens.length]
                            + ", \"tokensOut\": " + tokens[(i + 5) % tokens.length] + "}"));
        }
        post(large.toString(), staged);
        retract("t4-3");
        retract("t4-s3");

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     with events as (
                         select (occurred_at at time zone 'UTC')::date as day, business_unit, use_case, product,
                                sum(quantity) as quantity, count(*) as event_count,
                                coalesce(sum(usage_tokens(attributes, 'tokensIn')), 0) as tokens_in,
                                coalesce(sum(usage_tokens(attributes, 'tokensOut')), 0) as tokens_out,
                                count(*) filter (where usage_tokens(attributes, 'tokensIn') is not null
                                                    or usage_tokens(attributes, 'tokensOut') is not null) as token_event_count,
                                coalesce(sum(quantity) filter (where usage_tokens(attributes, 'tokensIn') is not null
                                                    or usage_tokens(attributes, 'tokensOut') is not null), 0) as token_quantity
                         from usage_event
                         where occurred_at >= '2037-04-01T00:00:00Z' and occurred_at < '2037-05-01T00:00:00Z'
                           and retracted_at is null
                         group by 1, 2, 3, 4
                     ), rollup as (
                         select day, business_unit, use_case, product, quantity, event_count,
                                tokens_in, tokens_out, token_event_count, token_quantity
                         from usage_daily_rollup where day >= '2037-04-01' and day < '2037-05-01'
                     )
                     select count(*) filter (where e is distinct from r), count(e), count(r),
                            string_agg(e::text || ' <> ' || r::text, '; ') filter (where e is distinct from r)
                     from events e full join rollup r using (day, business_unit, use_case, product)""")) {
            rs.next();
            assertThat(rs.getString(4)).isNull();
            assertThat(rs.getLong(1)).isZero();
            assertThat(rs.getLong(2)).isEqualTo(60);
            assertThat(rs.getLong(3)).isEqualTo(60);
        }
    }
}
