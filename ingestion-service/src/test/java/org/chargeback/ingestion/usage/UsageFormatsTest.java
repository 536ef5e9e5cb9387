package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class UsageFormatsTest extends WithEmbeddedPostgres {

    private static String ndjson(String id, String quantity, String occurredAt) {
        return "{\"eventId\": \"" + id + "\", \"businessUnit\": \"support\", \"useCase\": \"bot\", \"product\": \"p\", "
                + "\"quantity\": " + quantity + ", \"occurredAt\": \"" + occurredAt + "\"}\n";
    }

    static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertMonth(String month, int events, String quantity) {
        given().queryParam("month", month).when().get("/v1/usage/summary")
                .then().statusCode(200).body("totals.eventCount", equalTo(events))
                .body("totals.quantity", decimal(quantity));
    }

    @Test
    void shouldStoreNdjsonCsvAndASingleJsonObject() {
        given().contentType("application/x-ndjson")
                .body(bytes(ndjson("f1-a", "1", "2033-01-02T00:00:00Z") + "\n" + ndjson("f1-b", "2.5", "2033-01-03T00:00:00Z")))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(2)).body("rejected", equalTo(0));
        given().contentType("text/csv").body("""
                eventId,businessUnit,useCase,product,quantity,occurredAt,attributes
                f1-c,support,bot,p,4,2033-01-04T00:00:00+01:00,"{""model"": ""m1"", ""tokensIn"": 1200}"
                f1-d,support,bot,p,0.5,2033-01-05T00:00:00Z,
                """).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(2));
        given().contentType("application/json").body(ndjson("f1-e", "1", "2033-01-06T00:00:00Z"))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(1));
        // the same events again, each format: all duplicates
        given().contentType("application/x-ndjson").body(bytes(ndjson("f1-a", "1.000", "2033-01-02T01:00:00+01:00")))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(1));
        assertMonth("2033-01", 5, "9");
    }

    @Test
    void shouldRejectTheWholeRequestByDefaultNamingEveryPositionAndField() {
        String body = ndjson("f2-a", "1", "2033-02-01T00:00:00Z")
                + ndjson("f2-b", "-1", "2033-02-01T00:00:00Z")
                + "{\"eventId\": \"f2-c\", \"businessUnit\": \"support\", \"useCase\": \"bot\", \"product\": \"p\", \"quantity\": 1, \"occurredAt\": \"2033-02-01T00:00:00\"}\n";
        given().contentType("application/x-ndjson").body(bytes(body)).when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("rejected", equalTo(2)).body("totalErrors", equalTo(2))
                .body("errors[0].field", equalTo("[1].quantity")).body("errors[0].row", equalTo(2))
                .body("errors[1].field", equalTo("[2].occurredAt")).body("errors[1].row", equalTo(3));
        assertMonth("2033-02", 0, "0");

        given().contentType("text/csv").body("""
                eventId,businessUnit,useCase,product,quantity,occurredAt
                f2-d,support,bot,p,1,2033-02-01T00:00:00Z
                f2-e,,bot,p,many,2033-02-01T00:00:00Z
                """).when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("businessUnit"))
                .body("errors[1].row", equalTo(3)).body("errors[1].column", equalTo("quantity"))
                .body("errors[1].value", equalTo("many"));
        assertMonth("2033-02", 0, "0");
    }

    @Test
    void shouldStoreTheValidEventsWithPartialAcceptAndListTheRejectedOnes() {
        String body = "[" + ndjson("f3-a", "1", "2033-03-01T00:00:00Z") + ","
                + ndjson("f3-b", "0", "2033-03-01T00:00:00Z") + ","
                + ndjson("f3-c", "2", "2033-03-01T00:00:00Z") + "]";
        given().contentType("application/json").queryParam("partial", "accept").body(body)
                .when().post("/v1/usage-events")
                .then().statusCode(200).contentType("application/json")
                .body("accepted", equalTo(2)).body("rejected", equalTo(1))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("[1].quantity"))
                .body("errors[0].message", equalTo("must be greater than 0"));
        assertMonth("2033-03", 2, "3");
        given().contentType("application/json").queryParam("partial", "maybe").body(body)
                .when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("partial"));
    }

    @Test
    void shouldRejectAMalformedBodyOrAnotherMediaTypeWithAProblem() {
        given().contentType("application/json").queryParam("partial", "accept")
                .body("[" + ndjson("f4-a", "1", "2033-04-01T00:00:00Z") + ", {\"eventId\": ")
                .when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("malformed JSON at line"));
        given().contentType("text/csv").body("id,qty\n1,2\n").when().post("/v1/usage-events")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.column", hasItems("eventId", "occurredAt")).body("errors[0].row", equalTo(1));
        given().contentType("application/xml").body("<events/>").when().post("/v1/usage-events")
                .then().statusCode(415);
        assertMonth("2033-04", 0, "0");
    }

    @Test
    void shouldRefuseTheSameIdWithOtherContentInsideOneRequest() {
        given().contentType("application/x-ndjson")
                .body(bytes(ndjson("f5-a", "1", "2033-05-01T00:00:00Z") + ndjson("f5-a", "2", "2033-05-01T00:00:00Z")))
                .when().post("/v1/usage-events")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors[0].field", equalTo("[1].eventId")).body("errors[0].value", equalTo("f5-a"));
        given().contentType("application/x-ndjson")
                .body(bytes(ndjson("f5-b", "1", "2033-05-01T00:00:00Z") + ndjson("f5-b", "1", "2033-05-01T00:00:00Z")))
                .when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(1)).body("duplicates", equalTo(1))
                .body("errors", nullValue());
        assertMonth("2033-05", 1, "1");
    }

    @Test
    void shouldStreamTwoHundredThousandEventsInOneRequest() {
        int events = 200_000;
        // Generated while it is sent: neither the client nor the service holds the body in memory.
        InputStream body = new InputStream() {
            private int next;
            private byte[] line = new byte[0];
            private int offset;

            @Override
            public int read() {
                if (offset == line.length) {
                    if (next == events) {
                        return -1;
                    }
                    line = ndjson("f6-" + next, "1", "2033-06-" + String.format("%02d", 1 + next % 28) + "T12:00:00Z")
                            .getBytes(StandardCharsets.UTF_8);
                    next++;
                    offset = 0;
                }
                return line[offset++];
            }
        };
        given().contentType("application/x-ndjson").body(body).when().post("/v1/usage-events")
                .then().statusCode(200).body("accepted", equalTo(events));
        assertMonth("2033-06", events, Integer.toString(events));
        given().queryParam("month", "2033-06").queryParam("groupBy", "day").when().get("/v1/usage/summary")
                .then().statusCode(200).body("groups", hasSize(28)).body("groups[0].dimensions.day", equalTo("2033-06-01"));
    }
}
