package org.chargeback.chargeback.costentry;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.chargeback.chargeback.Api;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Recurring cost entries (seats x price) and their versions through the API; codes are unique per test. */
@QuarkusTest
class RecurringCostEntryResourceTest {

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldCreateSeatsWithDefaultCategoriesAndAnEtag() {
        String unit = Registry.registeredBusinessUnit();
        String code = newCode();

        given().contentType(ContentType.JSON).body(recurring(code, unit, "120", "30.00", "2026-10", null, ""))
                .when().post("/v1/recurring-cost-entries")
                .then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", endsWith("/v1/recurring-cost-entries/" + code))
                .header("ETag", equalTo("\"1\""))
                .body("code", equalTo(code))
                .body("version", equalTo(1))
                .body("businessUnit", equalTo(unit))
                .body("useCase", nullValue())
                .body("quantity", number("120"))
                .body("unitPrice", number("30.00"))
                .body("monthlyAmount", number("3600.00"))
                .body("currency", equalTo("USD"))
                .body("budgetCategory", equalTo("VENDOR_AND_API"))
                .body("workloadCategory", equalTo("EMBEDDED"))
                .body("fromMonth", equalTo("2026-10"))
                .body("toMonth", nullValue());

        given().when().get("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("version", equalTo(1));
        given().when().get("/v1/recurring-cost-entries")
                .then().statusCode(200).body("code", hasItem(code));
        given().contentType(ContentType.JSON).body(recurring(code, unit, "5", "1", "2027-01", null, ""))
                .when().post("/v1/recurring-cost-entries")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/recurring-cost-entry-exists"))
                .body("code", equalTo(code));
    }

    @Test
    void shouldChangeSeatsFromALaterMonthWithoutChangingEarlierMonths() {
        String unit = Registry.registeredBusinessUnit();
        String code = newCode();
        given().contentType(ContentType.JSON)
                .body(recurring(code, unit, "120", "30", "2026-10", null,
                        "useCase=tickets;budgetCategory=DATA_AND_TOOLING"))
                .when().post("/v1/recurring-cost-entries").then().statusCode(201);
        String moreSeats = recurring(null, unit, "150", "30", "2026-12", null, "");

        given().contentType(ContentType.JSON).body(moreSeats)
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(428).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-required"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"").body(moreSeats)
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("ETag", equalTo("\"2\""))
                .body("version", equalTo(2))
                .body("quantity", number("150"))
                .body("monthlyAmount", number("4500"))
                .body("fromMonth", equalTo("2026-12"))
                .body("useCase", nullValue())
                // categories left out: the current version's, not the defaults
                .body("budgetCategory", equalTo("DATA_AND_TOOLING"))
                .body("workloadCategory", equalTo("EMBEDDED"));
        // A second writer that read version 1 must not add a version on top of a change it did not see.
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring(null, unit, "99", "30", "2026-12", null, ""))
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(412).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/stale-recurring-cost-entry"))
                .body("currentEtag", equalTo("\"2\""));

        inForce(code, "2026-09").body("code", not(hasItem(code)));
        inForce(code, "2026-10").body("find { it.code == '" + code + "' }.version", equalTo(1))
                .body("find { it.code == '" + code + "' }.quantity", number("120"));
        inForce(code, "2026-11").body("find { it.code == '" + code + "' }.version", equalTo(1));
        inForce(code, "2026-12").body("find { it.code == '" + code + "' }.version", equalTo(2));
        inForce(code, "2030-01").body("find { it.code == '" + code + "' }.version", equalTo(2));

        given().when().get("/v1/recurring-cost-entries/{code}/versions", code)
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("version", contains(1, 2))
                .body("quantity", contains(number("120"), number("150")))
                .body("useCase", contains("tickets", null));
        given().when().get("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(200).header("ETag", equalTo("\"2\"")).body("quantity", number("150"));
    }

    @Test
    void shouldEndAtToMonthAlsoWhenALaterVersionSetsIt() {
        String unit = Registry.registeredBusinessUnit();
        String ending = newCode();
        given().contentType(ContentType.JSON).body(recurring(ending, unit, "7", "19.99", "2026-10", "2026-11", ""))
                .when().post("/v1/recurring-cost-entries").then().statusCode(201)
                .body("monthlyAmount", number("139.93"));
        inForce(ending, "2026-11").body("find { it.code == '" + ending + "' }.version", equalTo(1));
        inForce(ending, "2026-12").body("code", not(hasItem(ending)));

        // An open-ended entry cancelled after January: the new version's toMonth ends it, version 1 does not return.
        String cancelled = newCode();
        given().contentType(ContentType.JSON).body(recurring(cancelled, unit, "10", "30", "2026-10", null, ""))
                .when().post("/v1/recurring-cost-entries").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring(null, unit, "10", "30", "2026-10", "2027-01", ""))
                .when().put("/v1/recurring-cost-entries/{code}", cancelled)
                .then().statusCode(200).body("toMonth", equalTo("2027-01"));
        inForce(cancelled, "2027-01").body("find { it.code == '" + cancelled + "' }.version", equalTo(2));
        inForce(cancelled, "2027-02").body("code", not(hasItem(cancelled)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "code|Copilot|120|30|2026-10|NULL|",
            "quantity|CODE|0|30|2026-10|NULL|",
            "quantity|CODE|-5|30|2026-10|NULL|",
            "unitPrice|CODE|120|-0.01|2026-10|NULL|",
            "fromMonth|CODE|120|30|2026-1|NULL|",
            "toMonth|CODE|120|30|2026-10|2026-09|",
            "businessUnit|CODE|120|30|2026-10|NULL|businessUnit=not-registered",
            "useCase|CODE|120|30|2026-10|NULL|useCase=ticket-resolution",
            "workloadCategory|CODE|120|30|2026-10|NULL|workloadCategory=SEATS",
            "currency|CODE|120|30|2026-10|NULL|currency=XYZ"})
    void shouldRejectAnInvalidFieldStoringNothing(String field, String code, String quantity, String unitPrice,
                                                   String fromMonth, String toMonth, String extra) {
        String unit = Registry.registeredBusinessUnit();
        String own = code.equals("CODE") ? newCode() : code;

        given().contentType(ContentType.JSON)
                .body(recurring(own, unit, quantity, unitPrice, fromMonth, toMonth, extra == null ? "" : extra))
                .when().post("/v1/recurring-cost-entries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains(field));
        given().when().get("/v1/recurring-cost-entries/{code}", own).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnInvalidChangeKeepingTheVersion() {
        String unit = Registry.registeredBusinessUnit();
        String code = newCode();
        given().contentType(ContentType.JSON).body(recurring(code, unit, "120", "30", "2026-10", null, ""))
                .when().post("/v1/recurring-cost-entries").then().statusCode(201);

        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring("other-code", unit, "150", "30", "2026-12", null, ""))
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("code"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring(null, unit, "0", "30", "2026-12", null, ""))
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("quantity"));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring(null, unit, "150", "30", "2026-12", null, "currency=EUR"))
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"));
        given().when().get("/v1/recurring-cost-entries/{code}/versions", code)
                .then().statusCode(200).body("version", contains(1));
    }

    @Test
    void shouldRefuseAnotherCurrencyAndAnswerNotFound() {
        String unit = Registry.registeredBusinessUnit();
        String code = newCode();
        given().contentType(ContentType.JSON).body(recurring(code, unit, "120", "30", "2026-10", null,
                        "currency=EUR"))
                .when().post("/v1/recurring-cost-entries")
                .then().statusCode(422).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/currency-mismatch"))
                .body("currency", equalTo("EUR"));

        given().when().get("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
        given().when().get("/v1/recurring-cost-entries/{code}/versions", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(recurring(null, unit, "150", "30", "2026-12", null, ""))
                .when().put("/v1/recurring-cost-entries/{code}", code)
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().queryParam("month", "2026-13").when().get("/v1/recurring-cost-entries")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", contains("month"));
    }

    private static io.restassured.response.ValidatableResponse inForce(String code, String month) {
        return given().queryParam("month", month).when().get("/v1/recurring-cost-entries")
                .then().statusCode(200).contentType(ContentType.JSON);
    }

    /** Numerically equal: an integral JSON number reads as an Integer, a decimal one as a BigDecimal. */
    private static Matcher<Object> number(String expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("the number " + expected);
            }
        };
    }

    static String newCode() {
        return "seats-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A recurring entry body; {@code code} null leaves it out (PUT); {@code extra} sets more string members or
     * replaces the defaults, as {@code "field=value;field=value"}.
     */
    static String recurring(String code, String unit, String quantity, String unitPrice, String fromMonth,
                            String toMonth, String extra) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (code != null) {
            fields.put("code", quoted(code));
        }
        fields.put("businessUnit", quoted(unit));
        fields.put("description", quoted("Microsoft 365 Copilot seats"));
        fields.put("quantity", quantity);
        fields.put("unitPrice", unitPrice);
        fields.put("currency", quoted("USD"));
        fields.put("fromMonth", quoted(fromMonth));
        if (toMonth != null) {
            fields.put("toMonth", quoted(toMonth));
        }
        fields.put("enteredBy", quoted("finops@example.com"));
        for (String member : extra.split(";")) {
            if (!member.isBlank()) {
                String[] pair = member.split("=", 2);
                fields.put(pair[0].strip(), quoted(pair[1].strip()));
            }
        }
        return fields.entrySet().stream().map(f -> quoted(f.getKey()) + ": " + f.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
