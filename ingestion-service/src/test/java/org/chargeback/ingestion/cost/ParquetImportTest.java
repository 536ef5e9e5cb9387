package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ParquetImportTest extends WithEmbeddedPostgres {

    private static final MessageType FOCUS = MessageTypeParser.parseMessageType("""
            message focus {
              required binary BilledCost (DECIMAL(38,10));
              required binary BillingAccountId (STRING);
              optional binary BillingAccountName (STRING);
              required binary BillingCurrency (STRING);
              required int64 BillingPeriodStart (TIMESTAMP(MICROS,true));
              required int64 BillingPeriodEnd (TIMESTAMP(MICROS,true));
              required binary ChargeCategory (STRING);
              optional binary ChargeClass (STRING);
              optional binary ChargeDescription (STRING);
              required int64 ChargePeriodStart (TIMESTAMP(MICROS,true));
              required int64 ChargePeriodEnd (TIMESTAMP(MICROS,true));
              required double ContractedCost;
              required double EffectiveCost;
              required binary InvoiceIssuerName (STRING);
              required double ListCost;
              optional double PricingQuantity;
              optional binary PricingUnit (STRING);
              required binary ProviderName (STRING);
              required binary PublisherName (STRING);
              required binary ServiceCategory (STRING);
              required binary ServiceName (STRING);
              optional binary Tags (STRING);
            }""");

    @Test
    void shouldImportParquetExactlyAndDetectItByItsBytes() throws IOException {
        String month = "2034-01";
        byte[] file = parquet(month, new String[][]{
                {"12.3456789012", "customer-support"}, {"0.0000000001", "legal"}, {"-2.5", null}});
        given().contentType("application/vnd.apache.parquet").queryParam("fileName", "costs.parquet").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(201).body("format", equalTo("parquet")).body("rowCount", equalTo(3))
                .body("totals[0].billedCost", decimal("9.8456789013"));
        given().queryParam("billingPeriod", month).queryParam("groupBy", "tag:business-unit").when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(3))
                .body("groups[0].dimensions.tag:business-unit", equalTo("customer-support"))
                .body("groups[0].billedCost", decimal("12.3456789012"))
                .body("groups[0].effectiveCost", decimal("12.3456789012")); // DOUBLE column read by its shortest decimal

        // No Content-Type worth trusting: the PAR1 magic bytes decide.
        byte[] restated = parquet(month, new String[][]{{"1", "legal"}});
        given().contentType("application/octet-stream").body(restated)
                .when().post("/v1/cost-imports")
                .then().statusCode(201).body("format", equalTo("parquet")).body("scopes[0].revision", equalTo(2));
    }

    @Test
    void shouldNameALegacyFocus05ParquetFileAsUnsupported() throws IOException {
        byte[] file;
        try (InputStream in = getClass().getResourceAsStream("/focus/legacy-0.5-sample.parquet")) {
            file = in.readAllBytes();
        }
        given().contentType("application/vnd.apache.parquet").body(file)
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].message", containsString("FOCUS 0.5"));
    }

    @Test
    void shouldRejectATruncatedParquetFileAndStoreNothing() throws IOException {
        String month = "2034-02";
        byte[] file = parquet(month, new String[][]{{"5", "legal"}});
        given().contentType("application/vnd.apache.parquet").body(Arrays.copyOf(file, file.length - 20))
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json");
        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(0));
    }

    /** A FOCUS file as Parquet: costs as DECIMAL or DOUBLE, date-times as TIMESTAMP(MICROS), Tags as a JSON string. */
    private static byte[] parquet(String month, String[][] rows) throws IOException {
        Path file = Files.createTempFile("focus", ".parquet");
        Files.delete(file);
        long start = micros(Instant.parse(month + "-01T00:00:00Z"));
        long end = micros(Instant.parse(FocusFiles.nextMonth(month) + "-01T00:00:00Z"));
        SimpleGroupFactory groups = new SimpleGroupFactory(FOCUS);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file)).withType(FOCUS).build()) {
            for (String[] row : rows) {
                BigDecimal cost = new BigDecimal(row[0]);
                Group g = groups.newGroup()
                        .append("BilledCost", Binary.fromConstantByteArray(cost.setScale(10).unscaledValue().toByteArray()))
                        .append("BillingAccountId", "acct-p").append("BillingAccountName", "Parquet Corp")
                        .append("BillingCurrency", "USD").append("BillingPeriodStart", start).append("BillingPeriodEnd", end)
                        .append("ChargeCategory", "Usage").append("ChargeDescription", "tokens")
                        .append("ChargePeriodStart", start).append("ChargePeriodEnd", start + 86_400_000_000L)
                        .append("ContractedCost", cost.doubleValue()).append("EffectiveCost", cost.doubleValue())
                        .append("InvoiceIssuerName", "OpenAI").append("ListCost", cost.doubleValue())
                        .append("PricingQuantity", 1.0).append("PricingUnit", "1000 Tokens")
                        .append("ProviderName", "OpenAI").append("PublisherName", "OpenAI")
                        .append("ServiceCategory", "AI and Machine Learning").append("ServiceName", "OpenAI API");
                if (row[1] != null) g.append("Tags", "{\"business-unit\": \"" + row[1] + "\"}");
                writer.write(g);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        Files.delete(file);
        return bytes;
    }

    private static long micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L;
    }
}
