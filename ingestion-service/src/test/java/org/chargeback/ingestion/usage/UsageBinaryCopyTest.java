package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Requests stored directly go to PostgreSQL as binary COPY: each timestamp and quantity must be stored exactly as
 * PostgreSQL's own text input makes it of the canonical text (sub-microsecond fractions rounded as it rounds them,
 * the quantity's scale kept), so an event is the same whichever path stored it.
 */
@QuarkusTest
class UsageBinaryCopyTest extends WithEmbeddedPostgres {

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreTimestampsAndQuantitiesAsPostgresReadsTheirText() throws Exception {
        String[] times = {"2035-01-01T00:00:00Z", "2035-01-01T00:00:00.5Z", "2035-01-01T00:00:00.123456Z",
                "2035-01-01T00:00:00.1234565Z", "2035-01-01T00:00:00.1234575Z", "2035-01-01T00:00:00.9999995Z",
                "2035-01-01T00:00:00.0000005Z", "2035-01-01T00:00:00.0000015Z", "2035-01-01T00:00:00.0000025Z",
                "2035-01-31T23:59:59.999999499Z", "2035-01-02T01:02:03.123456789+02:00", "2035-01-15T12:00:00.000001Z",
                "2000-01-01T00:00:00Z", "1999-12-31T23:59:59.9999994Z", "1970-01-01T00:00:00Z",
                "1969-07-20T20:17:40.0000004Z", "1000-01-01T00:00:00Z", "9999-11-30T23:59:59Z", "2024-02-29T23:59:59.5Z"};
        String[] quantities = {"1", "1.50", "100", "0.001", "2.5e1", "123456789012345678901234567890.123456789",
                "0.00001", "10000", "9999.9999", "1e-10", "12345.6789", "7", "0.1", "99999999", "1E+5", "3.14159",
                "5000.0005", "42", "0.5"};
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            body.append("{\"eventId\": \"b1-").append(i).append("\", \"businessUnit\": \"support\", \"useCase\": \"bot\", ")
                    .append("\"product\": \"p\", \"quantity\": \"").append(quantities[i]).append("\", \"occurredAt\": \"")
                    .append(times[i]).append("\"}\n");
            String instant = OffsetDateTime.parse(times[i]).toInstant().toString();
            String quantity = new BigDecimal(quantities[i]).stripTrailingZeros().toPlainString();
            expected.add("('b1-" + i + "', '" + instant + "', '" + quantity + "')");
        }
        given().contentType("application/x-ndjson").body(UsageFormatsTest.bytes(body.toString()))
                .when().post("/v1/usage-events").then().statusCode(200).body("accepted", equalTo(times.length));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     select count(*), count(*) filter (where e.occurred_at = v.instant::timestamptz
                                                         and e.quantity::text = v.quantity::numeric::text),
                            string_agg(v.id || ': ' || e.occurred_at || ' / ' || e.quantity
                                       || ' <> ' || v.instant::timestamptz || ' / ' || v.quantity::numeric, '; ')
                                filter (where e.occurred_at <> v.instant::timestamptz
                                           or e.quantity::text <> v.quantity::numeric::text)
                     from (values %s) as v (id, instant, quantity)
                     join usage_event e on e.event_id = v.id
                     """.formatted(String.join(", ", expected)))) {
            rs.next();
            assertThat(rs.getString(3)).isNull();
            assertThat(rs.getLong(1)).isEqualTo(times.length);
            assertThat(rs.getLong(2)).isEqualTo(times.length);
        }
    }
}
