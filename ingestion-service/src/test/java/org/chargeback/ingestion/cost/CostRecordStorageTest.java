package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer sends rows in COPY's binary format, converting decimals and date-times itself: what PostgreSQL stores
 * must be exactly what it would have read from the text (value and scale), for every shape FOCUS allows.
 */
@QuarkusTest
class CostRecordStorageTest extends WithEmbeddedPostgres {

    private static final List<String> DECIMALS = List.of("0", "-0", "0.000", ".5", "5.", "-0.00012", "12345678.123456789",
            "1.5E-7", "-1234.5678", "10000", "99999999999999999999.00000000000000000001", "0.0001", "1000.1000",
            "-7", "123", "1234", "12345", "0.00000000001", "2.50E+3", "31415926535897932384626433.83279");

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreEveryDecimalExactlyWithItsScale() throws Exception {
        String month = "2032-07";
        List<String> rows = new ArrayList<>();
        for (String value : DECIMALS) {
            rows.add(FocusFiles.row(month, value, "Compute", "storage"));
        }
        String id = given().contentType("text/csv").body(FocusFiles.file(rows.toArray(String[]::new)))
                .when().post("/v1/cost-imports").then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("""
                select row_number, billed_cost::text, effective_cost::text, list_cost::text, contracted_cost::text,
                       pricing_quantity::text, charge_period_start = timestamptz '2032-07-01T00:00:00Z',
                       charge_period_end = timestamptz '2032-07-02T00:00:00Z', billing_period_end = timestamptz '2032-08-01T00:00:00Z'
                from cost_record where import_id = ? order by row_number""");
             PreparedStatement expected = c.prepareStatement("select ?::numeric::text")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rs = select.executeQuery()) {
                int i = 0;
                while (rs.next()) {
                    String written = DECIMALS.get(i++);
                    String plain = new java.math.BigDecimal(written).toPlainString();
                    expected.setString(1, plain);
                    String asText;
                    try (ResultSet e = expected.executeQuery()) {
                        e.next();
                        asText = e.getString(1);
                    }
                    assertThat(rs.getLong(1)).isEqualTo(i + 1);
                    for (int column = 2; column <= 5; column++) {
                        assertThat(rs.getString(column)).as(written).isEqualTo(asText);
                    }
                    assertThat(rs.getString(6)).isEqualTo("1");
                    assertThat(rs.getBoolean(7) && rs.getBoolean(8) && rs.getBoolean(9)).isTrue();
                }
                assertThat(i).isEqualTo(DECIMALS.size());
            }
        }
    }

    @Test
    void shouldStoreFractionalSecondsAsPostgresReadsThem() throws Exception {
        String month = "2032-08";
        String row = FocusFiles.row(month, "1", "Compute", "time")
                .replace(month + "-02T00:00:00Z", month + "-02T10:11:12.3456789+02:00");
        String id = given().contentType("text/csv").body(FocusFiles.file(row))
                .when().post("/v1/cost-imports").then().statusCode(201).extract().path("id");
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "select charge_period_end = timestamptz '2032-08-02T10:11:12.3456789+02:00' from cost_record where import_id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
    }
}
