package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** One bad file per rule: 422 problem+json naming row and column, and nothing stored for the month. */
@QuarkusTest
class CostImportRulesTest extends WithEmbeddedPostgres {

    private static final AtomicInteger MONTHS = new AtomicInteger();

    /** rule, how to spoil a good two-row file (header, row 2 good, row 3 spoiled), expected row, column, message part. */
    static Stream<Arguments> rules() {
        return Stream.of(
                rule("repeated column", f -> f.replaceFirst("BilledCost,", "BilledCost,BilledCost,")
                        .replaceAll("\n([^,\n]+),", "\n$1,$1,"), 1, "BilledCost", "more than once"),
                rule("required value missing", f -> spoilRow3(f, r -> r.replaceFirst("^3,", ",")), 3, "BilledCost", "required"),
                rule("unknown ChargeCategory", f -> spoilRow3(f, r -> r.replace(",Usage,", ",Usagee,")), 3, "ChargeCategory", "must be one of"),
                rule("unreadable date-time", f -> spoilRow3(f, r -> r.replaceFirst(",(\\d{4}-\\d{2})-02T00:00:00Z,", ",2030-13-45 99:00,")),
                        3, "ChargePeriodEnd", "ISO 8601"),
                rule("wrong field count", f -> spoilRow3(f, r -> r + ",extra"), 3, null, "fields but the header has"),
                rule("unclosed quote", f -> spoilRow3(f, r -> r.replaceFirst(",tokens,", ",\"tokens,")), 3, null, "not valid CSV"),
                rule("Tags not an object", f -> spoilRow3(f, r -> r.replaceFirst(",\"\\{[^}]*}\",", ",\"[1,2]\",")), 3, "Tags", "JSON object"),
                rule("header only", f -> f.substring(0, f.indexOf('\n') + 1), 2, null, "at least one cost row"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void shouldRejectTheFileNamingRowAndColumnAndStoreNothing(String rule, UnaryOperator<String> spoil, int row,
                                                              String column, String message) {
        String month = "2035-" + String.format("%02d", MONTHS.incrementAndGet());
        String good = FocusFiles.file(FocusFiles.row(month, "2", "Compute", "alpha"), FocusFiles.row(month, "3", "Compute", "alpha"));
        var response = given().contentType("text/csv").body(spoil.apply(good))
                .when().post("/v1/cost-imports")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-cost-file"))
                .body("errors[0].row", equalTo(row))
                .body("errors[0].message", containsString(message));
        if (column != null) {
            response.body("errors[0].column", equalTo(column));
        }
        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("groups", hasSize(0));
    }

    private static Arguments rule(String name, UnaryOperator<String> spoil, int row, String column, String message) {
        return Arguments.of(name, spoil, row, column, message);
    }

    private static String spoilRow3(String file, UnaryOperator<String> spoil) {
        String[] lines = file.split("\n");
        lines[2] = spoil.apply(lines[2]);
        return String.join("\n", lines) + "\n";
    }
}
