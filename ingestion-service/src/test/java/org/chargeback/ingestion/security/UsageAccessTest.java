package org.chargeback.ingestion.security;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.chargeback.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.chargeback.testsupport.AdminTokenByDefault.anonymous;
import static org.chargeback.testsupport.AdminTokenByDefault.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

/**
 * A bu-owner sees only their business units' usage: the summary sums and the event listing are limited to them (a
 * filter naming another business unit lists nothing); a producer (platform, service) records events, a bu-owner may
 * not. Month 2031-07: no other test uses it.
 */
@QuarkusTest
class UsageAccessTest extends WithEmbeddedPostgres {

    private static final String MONTH = "2031-07";
    private static boolean recorded;

    @BeforeEach
    void usageOfTwoBusinessUnits() {
        if (recorded) {
            return;
        }
        String ndjson = event("acc-1", "acc-support", "3") + event("acc-2", "acc-support", "4")
                + event("acc-3", "acc-legal", "10");
        given().contentType("application/x-ndjson").body(bytes(ndjson)).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(3));
        recorded = true;
    }

    private static String event(String id, String businessUnit, String quantity) {
        return event(id, businessUnit, quantity, MONTH);
    }

    private static String event(String id, String businessUnit, String quantity, String month) {
        return "{\"eventId\": \"" + id + "\", \"businessUnit\": \"" + businessUnit + "\", \"useCase\": \"bot\", "
                + "\"product\": \"acc-product\", \"quantity\": " + quantity + ", \"occurredAt\": \"" + month
                + "-03T10:00:00Z\"}\n";
    }

    private static byte[] bytes(String ndjson) {
        return ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void shouldSumOnlyTheOwnersBusinessUnitsInTheSummary() {
        as(TestTokens.buOwner("acc-support")).when().get("/v1/usage/summary?month={m}&groupBy=businessUnit", MONTH)
                .then().statusCode(200)
                .body("groups", hasSize(1)).body("groups[0].dimensions.businessUnit", equalTo("acc-support"))
                .body("totals.quantity", equalTo(7)).body("totals.eventCount", equalTo(2));
        // 3 + 4 of acc-support; acc-legal's 10 is not theirs
        // Grouped by something else, the totals are still only theirs.
        as(TestTokens.buOwner("acc-support")).when().get("/v1/usage/summary?month={m}&groupBy=product", MONTH)
                .then().statusCode(200).body("totals.eventCount", equalTo(2));
        as(TestTokens.finance()).when().get("/v1/usage/summary?month={m}&groupBy=businessUnit", MONTH)
                .then().statusCode(200).body("totals.eventCount", equalTo(3));
        as(TestTokens.buOwner()).when().get("/v1/usage/summary?month={m}", MONTH)
                .then().statusCode(200).body("groups", empty()).body("totals.eventCount", equalTo(0));
    }

    @Test
    void shouldListOnlyTheOwnersEvents() {
        as(TestTokens.buOwner("acc-legal")).when().get("/v1/usage-events?month={m}", MONTH)
                .then().statusCode(200).body("events.eventId", hasItems("acc-3"))
                .body("events.businessUnit", everyItem(equalTo("acc-legal")));
        as(TestTokens.buOwner("acc-legal")).when().get("/v1/usage-events?month={m}&businessUnit=acc-support", MONTH)
                .then().statusCode(200).body("events", empty());
        as(TestTokens.platform()).when().get("/v1/usage-events?month={m}&businessUnit=acc-support", MONTH)
                .then().statusCode(200).body("events", hasSize(2));
    }

    @Test
    void shouldLetProducersRecordAndRefuseOwnersAndStrangers() {
        String one = event("acc-4", "acc-support", "1", "2031-08"); // a month of its own: the other tests' sums stay
        as(TestTokens.buOwner("acc-support")).contentType("application/x-ndjson").body(bytes(one))
                .when().post("/v1/usage-events").then().statusCode(403).contentType("application/problem+json");
        anonymous().contentType("application/x-ndjson").body(bytes(one))
                .when().post("/v1/usage-events").then().statusCode(401).contentType("application/problem+json");
        as(TestTokens.service()).contentType("application/x-ndjson").body(bytes(one))
                .when().post("/v1/usage-events").then().statusCode(200).body("accepted", equalTo(1));
        as(TestTokens.finance()).when().get("/v1/usage/summary?month=2031-08&groupBy=businessUnit")
                .then().statusCode(200).body("totals.eventCount", equalTo(1));
    }
}
