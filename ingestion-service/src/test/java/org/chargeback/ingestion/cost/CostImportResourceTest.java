package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CostImportResourceTest extends WithEmbeddedPostgres {

    @Test
    void shouldImportRealProviderFileAndSumToTheLastDigit() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/focus/focus_sample_aws.csv")) {
            file = in.readAllBytes();
        }
        Response imported = given().contentType("text/csv").queryParam("fileName", "focus_sample_aws.csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(201).header("Location", notNullValue())
                .body("rowCount", equalTo(925))
                .body("focusVersion", equalTo("1.0"))
                .extract().response();
        assertThat(new BigDecimal(imported.path("totals[0].billedCost").toString())).isEqualByComparingTo("17.8821737207");
        assertThat(new BigDecimal(imported.path("totals[0].effectiveCost").toString())).isEqualByComparingTo("13");

        // The file breaks the spec in the known ways: each is normalised and reported, not rejected.
        assertThat(imported.<List<String>>path("warnings.kind"))
                .contains("null-as-text", "zone-less-date-time", "unknown-column", "credit-effective-cost");
        assertThat(imported.<Integer>path("warnings.find { it.kind == 'credit-effective-cost' }.count")).isEqualTo(1);
        assertThat(imported.<String>path("warnings.find { it.kind == 'unknown-column' }.column")).isEqualTo("Id");

        Map<String, BigDecimal> byCategory = billedCostBy("2024-09", "serviceCategory");
        assertThat(byCategory.get("Compute")).isEqualByComparingTo("15.2721599711");
        assertThat(byCategory.get("Storage")).isEqualByComparingTo("0.7897860663");
        Map<String, BigDecimal> byBusinessUnit = billedCostBy("2024-09", "tag:business_unit");
        assertThat(byBusinessUnit.get("PeoriaData")).isEqualByComparingTo("15.9580894883");
        assertThat(byBusinessUnit).hasSize(293); // 292 tagged values and the untagged rest
        assertThat(byBusinessUnit.get(null)).isEqualByComparingTo("-1.8267408109");
    }

    @Test
    void shouldTurnEveryDeviationIntoAnErrorInStrictMode() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/focus/focus_sample_aws.csv")) {
            file = in.readAllBytes();
        }
        given().contentType("text/csv").queryParam("strict", true).body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].row", equalTo(1)).body("errors[0].column", equalTo("Id"))
                .body("errors[1].row", equalTo(2)).body("errors[1].column", equalTo("AvailabilityZone"))
                .body("errors[1].message", org.hamcrest.Matchers.containsString("strict"));
    }

    @Test
    void shouldNormaliseEnumCasingAndReportIt() {
        String month = "2031-05";
        String row = FocusFiles.row(month, "7", "compute", "alpha").replace(",Usage,", ",usage,");
        given().contentType("text/csv").body(FocusFiles.file(row))
                .when().post("/v1/cost-imports")
                .then().statusCode(201)
                .body("warnings.kind", org.hamcrest.Matchers.hasItems("enum-case:ChargeCategory", "enum-case:ServiceCategory"));
        given().queryParam("billingPeriod", month).queryParam("groupBy", "serviceCategory,chargeCategory").when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups[0].dimensions.serviceCategory", equalTo("Compute"))
                .body("groups[0].dimensions.chargeCategory", equalTo("Usage"));
    }

    @Test
    void shouldImportGzipCompressedCsvByContentTypeOrByItsBytes() throws IOException {
        String month = "2031-06";
        byte[] gzip = gzip(FocusFiles.file(FocusFiles.row(month, "2.5", "Compute", "alpha")));
        given().contentType("application/gzip").queryParam("fileName", "costs.csv.gz").body(gzip)
                .when().post("/v1/cost-imports")
                .then().statusCode(201).body("format", equalTo("csv+gzip")).body("rowCount", equalTo(1));
        byte[] other = gzip(FocusFiles.file(FocusFiles.row(month, "3.5", "Storage", "beta")));
        given().contentType("application/octet-stream").body(other)
                .when().post("/v1/cost-imports")
                .then().statusCode(201).body("format", equalTo("csv+gzip"));
        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].billedCost", decimal("3.5")); // same account and month: restated
    }

    @Test
    void shouldRejectACorruptGzipStreamAndStoreNothing() throws IOException {
        byte[] gzip = gzip(FocusFiles.file(FocusFiles.row("2031-07", "1", "Compute", "alpha")));
        byte[] cut = java.util.Arrays.copyOf(gzip, gzip.length / 2);
        given().contentType("application/gzip").body(cut)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("billingPeriod", "2031-07").when().get("/v1/costs/summary").then().statusCode(200).body("groups", hasSize(0));
    }

    @Test
    void shouldRejectAmbiguousSpreadsheetValuesInTheSpecExample() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/focus/spec/simple_saas_agreements_a1.csv")) {
            file = in.readAllBytes();
        }
        given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.find { it.column == 'BilledCost' }.value", equalTo("$10,000.00 "))
                .body("errors.find { it.column == 'BillingPeriodStart' }.value", equalTo("4/1/25"))
                .body("errors.find { it.column == 'BillingPeriodStart' }.row", equalTo(2));
    }

    @Test
    void shouldFilterAndGroupByCustomColumnsAndChargePeriod() {
        String month = "2031-08";
        given().contentType("text/csv").body(FocusFiles.file(
                        FocusFiles.row(month, "1", "Compute", "alpha"), FocusFiles.row(month, "2", "Storage", "alpha"),
                        FocusFiles.row(month, "4", "Compute", null)))
                .when().post("/v1/cost-imports").then().statusCode(201);
        given().queryParam("billingPeriod", month).queryParam("groupBy", "chargePeriodDay")
                .queryParam("filter", "serviceCategory=Compute").when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(1))
                .body("groups[0].dimensions.chargePeriodDay", equalTo(month + "-01")).body("groups[0].billedCost", decimal("5"));
        given().queryParam("billingPeriod", month).queryParam("filter", "tag:business-unit=").when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].billedCost", decimal("4"));
        given().queryParam("billingPeriod", month).queryParam("groupBy", "x_Marker").when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(3));
        given().queryParam("billingPeriod", month).queryParam("filter", "colour=red").when().get("/v1/costs/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("filter"));
    }

    @Test
    void shouldStoreNothingWhenTheUploadIsCutOffMidStream() throws Exception {
        String month = "2031-09";
        StringBuilder rows = new StringBuilder(FocusFiles.HEADER).append('\n');
        for (int i = 0; i < 2000; i++) {
            rows.append(FocusFiles.row(month, "1", "Compute", "alpha")).append('\n');
        }
        byte[] body = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/cost-imports HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2); // the client dies half-way through its upload
            out.flush();
            Thread.sleep(300);
        }
        // The server notices the broken connection and rolls the import's transaction back: nothing becomes visible.
        for (int i = 0; i < 100 && given().when().get("/v1/cost-imports").then().extract().<List<String>>path("status").contains("RUNNING"); i++) {
            Thread.sleep(100);
        }
        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(0));
        given().queryParam("billingPeriod", month).when().get("/v1/cost-imports").then().statusCode(200).body("", hasSize(0));
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void shouldReturnTheEarlierImportWhenTheSameBytesArriveAgain() {
        String file = FocusFiles.file(FocusFiles.row("2031-01", "10.5", "Compute", "alpha"));
        String firstId = given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports").then().statusCode(201).extract().path("id");
        given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(200).body("id", equalTo(firstId));

        given().queryParam("billingPeriod", "2031-01").when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].rowCount", equalTo(1)).body("totals[0].billedCost", decimal("10.5"));
    }

    @Test
    void shouldRejectEveryBadRowAtOnceAndStoreNothing() {
        String month = "2031-02";
        String good = FocusFiles.row(month, "1.00", "Compute", "alpha");
        String badNumberRow = FocusFiles.row(month, "1", "Compute", "alpha");
        String badNumber = "\"12,50\"" + badNumberRow.substring(badNumberRow.indexOf(','));
        String badTags = FocusFiles.row(month, "2", "Compute", null).replace(",OpenAI API,,", ",OpenAI API,{broken,");
        String badCurrency = FocusFiles.row(month, "3", "Compute", "alpha").replace(",USD,", ",XYZ,");
        String endBeforeStart = FocusFiles.row(month, "4", "Compute", "alpha").replace(month + "-02T00:00:00Z", month + "-01T00:00:00Z");
        String file = FocusFiles.file(good, badNumber, badTags, badCurrency, endBeforeStart);

        given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-cost-file"))
                .body("totalErrors", equalTo(4))
                .body("errors", hasSize(4))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("BilledCost")).body("errors[0].value", equalTo("12,50"))
                .body("errors[1].row", equalTo(4)).body("errors[1].column", equalTo("Tags"))
                .body("errors[2].row", equalTo(5)).body("errors[2].column", equalTo("BillingCurrency"))
                .body("errors[3].row", equalTo(6)).body("errors[3].column", equalTo("ChargePeriodStart"));

        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(0));
    }

    @Test
    void shouldNameEveryMissingMandatoryColumn() {
        String file = FocusFiles.file(FocusFiles.row("2031-03", "1", "Compute", "alpha"))
                .replaceFirst("^BilledCost,", "Cost,");
        given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].row", equalTo(1)).body("errors[0].column", equalTo("BilledCost"))
                .body("errors[0].message", equalTo("mandatory FOCUS column is missing from the header"));
    }

    @Test
    void shouldSayAFocus05FileIsNotSupported() {
        String file = "ChargeType,AmortizedCost,BilledCost\nUsage,1,1\n";
        given().contentType("text/csv").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("totalErrors", equalTo(1))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("FOCUS 0.5"));
    }

    @Test
    void shouldReadQuotedFieldsWithNewlinesCrlfAndByteOrderMark() {
        String month = "2031-04";
        String withNewline = FocusFiles.row(month, "1.25", "Compute", "alpha").replace(",tokens,", ",\"line one\nline, \"\"two\"\"\",");
        String file = "\uFEFF" + FocusFiles.file(withNewline, FocusFiles.row(month, "1.5E-2", "Storage", "beta")).replace("\n1.5E-2", "\r\n1.5E-2");
        given().contentType("text/csv").body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/cost-imports")
                .then().statusCode(201).body("rowCount", equalTo(2)).body("totals[0].billedCost", decimal("1.265"));
        Map<String, BigDecimal> byBusinessUnit = billedCostBy(month, "tag:business-unit");
        assertThat(byBusinessUnit.get("beta")).isEqualByComparingTo("0.015");
    }

    @Test
    void shouldRefuseABodyThatIsNotCsv() {
        given().contentType("application/json").body("{}")
                .when().post("/v1/cost-imports")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }

    @Test
    void shouldRejectABadSummaryRequestNamingTheParameter() {
        given().queryParam("billingPeriod", "2031-13").when().get("/v1/costs/summary")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("billingPeriod"));
        given().queryParam("billingPeriod", "2031-01").queryParam("groupBy", "colour").when().get("/v1/costs/summary")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("groupBy")).body("errors[0].value", equalTo("colour"));
    }

    @Test
    void shouldAnswer404ProblemForAnUnknownImport() {
        given().when().get("/v1/cost-imports/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("type", equalTo("/problems/not-found"));
    }

    private static Map<String, BigDecimal> billedCostBy(String month, String dimension) {
        List<Map<String, Object>> groups = given().queryParam("billingPeriod", month).queryParam("groupBy", dimension)
                .when().get("/v1/costs/summary").then().statusCode(200).extract().path("groups");
        Map<String, BigDecimal> sums = new java.util.HashMap<>();
        for (Map<String, Object> group : groups) {
            @SuppressWarnings("unchecked") Map<String, String> dims = (Map<String, String>) group.get("dimensions");
            sums.put(dims.get(dimension), new BigDecimal(group.get("billedCost").toString()));
        }
        return sums;
    }
}
