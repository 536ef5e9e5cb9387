package org.chargeback.chargeback.invoice;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The invoice feed (GET /v1/invoices?after=&limit=&acknowledged=), the invoice as JSON or CSV with its ETag,
 * acknowledgements and the credit note feed. Each test uses its own months; the feed is shared with the other test
 * classes, so tests start reading at the feed's end as it is when they begin.
 */
@QuarkusTest
class InvoiceFeedResourceTest {

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
    void shouldPageFromAStoredCursorAndResumeWithoutMissingOrRepeatingAnInvoice() {
        atClock("2076-03-01T10:00:00Z");
        String start = endOfFeed("/v1/invoices");
        List<String> issued = issueMonth("2076-01", "feed-a", "feed-b", "feed-c", "feed-d", "feed-e");

        JsonPath first = page("/v1/invoices", start, 2);
        assertThat(first.getList("items.number", String.class)).isEqualTo(issued.subList(0, 2));
        assertThat(first.getBoolean("hasMore")).isTrue();
        // A reader that crashed after booking the first page resumes from its cursor, while more are issued.
        List<String> more = issueMonth("2076-02", "feed-f");
        JsonPath second = page("/v1/invoices", first.getString("nextCursor"), 2);
        JsonPath third = page("/v1/invoices", second.getString("nextCursor"), 2);
        JsonPath fourth = page("/v1/invoices", third.getString("nextCursor"), 2);
        List<String> read = new ArrayList<>(first.getList("items.number", String.class));
        read.addAll(second.getList("items.number", String.class));
        read.addAll(third.getList("items.number", String.class));
        read.addAll(fourth.getList("items.number", String.class));
        List<String> expected = new ArrayList<>(issued);
        expected.addAll(more);
        assertThat(read).isEqualTo(expected);
        assertThat(third.getBoolean("hasMore")).isFalse();
        assertThat(fourth.getList("items")).isEmpty();
        // An empty page hands the cursor back: poll with it later.
        assertThat(fourth.getString("nextCursor")).isEqualTo(third.getString("nextCursor"));
        assertThat(fourth.getBoolean("hasMore")).isFalse();
        // Default limit 100.
        assertThat(given().queryParam("after", start).get("/v1/invoices").then().statusCode(200)
                .extract().jsonPath().getList("items.number", String.class)).isEqualTo(expected);
    }

    @Test
    void shouldRefuseABadCursorLimitOrAcknowledgedNamingTheParameter() {
        for (String[] bad : List.of(new String[]{"after", "42"}, new String[]{"after", "!!"},
                new String[]{"after", "aW52b2ljZTotMQ"}, // invoice:-1
                new String[]{"after", "Y3JlZGl0LW5vdGU6Nw"}, // a credit note cursor
                new String[]{"limit", "0"}, new String[]{"limit", "1001"}, new String[]{"limit", "ten"},
                new String[]{"acknowledged", "maybe"})) {
            given().queryParam(bad[0], bad[1]).get("/v1/invoices")
                    .then().statusCode(400).contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/invalid-request"))
                    .body("errors[0].field", equalTo(bad[0]))
                    .body("errors[0].value", equalTo(bad[1]));
        }
        given().queryParam("after", "aW52b2ljZTo0Mg").get("/v1/credit-notes")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("after"));
        given().queryParam("limit", "1001").get("/v1/credit-notes")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("limit"));
        given().queryParam("limit", "1000").get("/v1/invoices").then().statusCode(200);
    }

    @Test
    void shouldRecordAnAcknowledgementOnceAndListOnlyWhatIsStillToBook() {
        atClock("2077-02-02T09:00:00Z");
        String start = endOfFeed("/v1/invoices");
        List<String> issued = issueMonth("2077-01", "ack-a", "ack-b");
        String booked = issued.get(0);

        given().contentType(ContentType.JSON).body("{\"reference\": \"GL-77-1\", \"bookedBy\": \"sap\"}")
                .post("/v1/invoices/{n}/acknowledgements", booked)
                .then().statusCode(201).contentType(ContentType.JSON)
                .body("invoiceNumber", equalTo(booked))
                .body("reference", equalTo("GL-77-1"))
                .body("bookedBy", equalTo("sap"))
                .body("acknowledgedAt", equalTo("2077-02-02T09:00:00Z"));
        atClock("2077-02-03T09:00:00Z");
        // A retry (say, after a timeout) is harmless: the same record, unchanged.
        given().contentType(ContentType.JSON).body("{\"reference\": \"GL-77-1\"}")
                .post("/v1/invoices/{n}/acknowledgements", booked)
                .then().statusCode(200)
                .body("reference", equalTo("GL-77-1"))
                .body("bookedBy", equalTo("sap"))
                .body("acknowledgedAt", equalTo("2077-02-02T09:00:00Z"));
        given().contentType(ContentType.JSON).body("{\"reference\": \"GL-77-2\"}")
                .post("/v1/invoices/{n}/acknowledgements", booked)
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invoice-already-acknowledged"))
                .body("reference", equalTo("GL-77-1"))
                .body("detail", containsString("GL-77-1"));
        given().contentType(ContentType.JSON).body("{\"reference\": \" \"}")
                .post("/v1/invoices/{n}/acknowledgements", issued.get(1))
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("reference"));
        given().contentType(ContentType.JSON).body("{\"reference\": \"GL-1\"}")
                .post("/v1/invoices/{n}/acknowledgements", "INV-1999-000001")
                .then().statusCode(404).contentType(PROBLEM_JSON).body("type", equalTo("/problems/not-found"));

        given().get("/v1/invoices/{n}", booked).then().statusCode(200)
                .body("acknowledgement.reference", equalTo("GL-77-1"));
        assertThat(numbers(given().queryParam("after", start).queryParam("acknowledged", "false")))
                .containsExactly(issued.get(1));
        assertThat(numbers(given().queryParam("after", start).queryParam("acknowledged", "true")))
                .containsExactly(booked);
        assertThat(numbers(given().queryParam("after", start))).isEqualTo(issued);
    }

    @Test
    void shouldAnswerJsonOrCsvWithAnETagThatChangesOnlyWithTheAnswer() {
        atClock("2078-02-01T00:00:00Z");
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"etag-bu\", \"name\": \"ETag & Co\", \"costCenter\": \"CC-7801\","
                        + " \"ownerContact\": \"owner@example.com\"}")
                .post("/v1/business-units").then().statusCode(201);
        String number = issueMonth("2078-01", "etag-bu").get(0);

        Response json = given().accept(ContentType.JSON).get("/v1/invoices/{n}", number);
        json.then().statusCode(200).contentType(ContentType.JSON)
                .body("costCenter", equalTo("CC-7801"))
                .body("businessUnitName", equalTo("ETag & Co"))
                .body("total", equalTo(new BigDecimal("3.00")));
        String etag = json.header("ETag");
        assertThat(etag).startsWith("\"").endsWith("-json\"");
        // Generated clients list every type the operation produces: JSON first means JSON.
        given().header("Accept", "application/json, text/csv").get("/v1/invoices/{n}", number)
                .then().statusCode(200).contentType(ContentType.JSON).header("ETag", etag);
        given().accept(ContentType.JSON).header("If-None-Match", etag).get("/v1/invoices/{n}", number)
                .then().statusCode(304).header("ETag", etag);
        given().accept(ContentType.JSON).header("If-None-Match", "W/" + etag).get("/v1/invoices/{n}", number)
                .then().statusCode(304);
        given().accept(ContentType.JSON).header("If-None-Match", "\"something-else\"").get("/v1/invoices/{n}", number)
                .then().statusCode(200);

        Response csv = given().accept("text/csv").get("/v1/invoices/{n}", number);
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(number + ".csv"));
        List<String> rows = csv.asString().lines().toList();
        assertThat(rows.get(0)).isEqualTo(String.join(",", InvoiceCsv.COLUMNS));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(number + ",2078-02-01,2078-03-03,etag-bu,ETag & Co,CC-7801,2078-01,")
                .endsWith(",2,1.50,3.00,USD,3.00");
        assertThat(csv.header("ETag")).isNotEqualTo(etag).endsWith("-csv\"");

        // Booking it changes the answer, so the ETag changes.
        given().contentType(ContentType.JSON).body("{\"reference\": \"GL-78\"}")
                .post("/v1/invoices/{n}/acknowledgements", number).then().statusCode(201);
        given().accept(ContentType.JSON).header("If-None-Match", etag).get("/v1/invoices/{n}", number)
                .then().statusCode(200).header("ETag", not(equalTo(etag)))
                .body("acknowledgement.reference", equalTo("GL-78"));
    }

    @Test
    void shouldListTheCreditNoteOfAVoidedStatementOnItsInvoiceAndInTheCreditNoteFeed() {
        atClock("2079-02-01T00:00:00Z");
        String start = endOfFeed("/v1/credit-notes");
        String month = "2079-01";
        List<String> issued = issueMonth(month, "cn-a", "cn-b");
        JsonPath invoice = given().get("/v1/invoices/{n}", issued.get(1)).then().statusCode(200).extract().jsonPath();
        String creditNote = given().contentType(ContentType.JSON)
                .body("{\"reason\": \"Wrong cost center\", \"by\": \"finance@example.com\"}")
                .post("/v1/statements/{id}/void", invoice.getString("statementId"))
                .then().statusCode(200).extract().path("voided.creditNoteNumber");

        given().get("/v1/invoices/{n}", issued.get(1)).then().statusCode(200)
                .body("creditNotes", contains(creditNote))
                .body("total", equalTo(new BigDecimal("3.00"))); // the invoice itself never changes
        given().get("/v1/invoices/{n}", issued.get(0)).then().body("creditNotes", hasSize(0));
        JsonPath page = page("/v1/credit-notes", start, 10);
        assertThat(page.getList("items.number", String.class)).containsExactly(creditNote);
        assertThat(page.getString("items[0].invoiceNumber")).isEqualTo(issued.get(1));
        assertThat(page.getString("items[0].total")).isEqualTo("-3.00");
        assertThat(page.getBoolean("hasMore")).isFalse();
        given().get("/v1/credit-notes/{n}", creditNote).then().statusCode(200)
                .body("invoiceNumber", equalTo(issued.get(1)));
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private static void atClock(String instant) {
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), Clock.class);
    }

    /** Runs the month for these business units (2 units of ai-resolution at 1.50 each) and issues them in order. */
    private List<String> issueMonth(String month, String... businessUnits) {
        List<CostSummary.Group> groups = new ArrayList<>();
        List<UsageSummary.Group> usageGroups = new ArrayList<>();
        for (String bu : businessUnits) {
            groups.add(cost(bu, "Compute", "1.00"));
            usageGroups.add(usage(bu, "ai-resolution", "2"));
        }
        givenIngestion(ingestion, month, costs(month, groups.toArray(CostSummary.Group[]::new)), usageOf(month,
                usageGroups.toArray(UsageSummary.Group[]::new)));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.50");
        JsonPath run = Api.runMonth(month);
        List<String> numbers = new ArrayList<>();
        for (String bu : businessUnits) {
            numbers.add(Api.waiveAndIssue(statementIdOf(run, bu)).getString("invoiceNumber"));
        }
        return numbers;
    }

    private static JsonPath page(String path, String after, int limit) {
        RequestSpecification request = given().queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get(path).then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    /** The cursor at the current end of a feed. */
    static String endOfFeed(String path) {
        String cursor = null;
        JsonPath page;
        do {
            page = page(path, cursor, 1000);
            cursor = page.getString("nextCursor");
        } while (page.getBoolean("hasMore"));
        return cursor;
    }

    private static List<String> numbers(RequestSpecification request) {
        return request.get("/v1/invoices").then().statusCode(200).extract().jsonPath().getList("items.number", String.class);
    }
}
