package org.chargeback.chargeback.page;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.testsupport.TestTokens;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.chargeback.testsupport.AdminTokenByDefault.anonymous;
import static org.chargeback.testsupport.AdminTokenByDefault.as;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The statement page at GET /: the API's numbers, the empty cases, the CSV link, and the two seams. */
@QuarkusTest
class StatementPageResourceTest {

    private static final String BU = "page-owner";

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

    @AfterEach
    void defaultSeams() {
        TestSeams.reset();
    }

    @Test
    void shouldShowTheTotalsTheApiAnswersWithChartsTrendAndLinks() {
        runMonth("2023-05", "1004.10", "300");
        runMonth("2023-07", "2345.678", "1200");
        JsonPath api = statementOf("2023-07");

        String html = page("?businessUnit=" + BU + "&month=2023-07", 200);

        assertThat(text(html, "total-showback")).isEqualTo("2,345.68");
        assertThat(amountShown(html, "total-showback")).isEqualByComparingTo(api.getString("showbackTotal"));
        assertThat(amountShown(html, "total-chargeback")).isEqualByComparingTo(api.getString("chargebackTotal"));
        assertThat(amountShown(html, "total-recovery")).isEqualByComparingTo(api.getString("recovery.total"));
        assertThat(html).contains("id=\"by-budget-category\"").contains("id=\"by-use-case\"")
                .contains("Infrastructure and compute")
                .contains("No budget set for this business unit.")
                .contains("href=\"/v1/statements/" + api.getString("id") + "?format=csv\"")
                .contains("No invoice yet: the statement is a draft")
                .contains("id=\"unit-economics\"").contains("No adjustments")
                // the trend shows May (with its statement) and June (none) of the twelve months to July
                .contains("2023-05 showback 1,004.10").contains("2023-06: no statement");
    }

    @Test
    void shouldSayPlainlyWhenAMonthHasNoStatement() {
        runMonth("2023-05", "1004.10", "300");
        String html = page("?businessUnit=" + BU + "&month=2023-04", 200);
        assertThat(text(html, "notice"))
                .startsWith("No statement for page-owner in 2023-04: no usage or cost was recorded that month");
        assertThat(html).doesNotContain("id=\"total-showback\"");
    }

    @Test
    void shouldAnswer404ForAnUnknownBusinessUnitAnd400ForABadMonth() {
        assertThat(text(page("?businessUnit=no-such-unit", 404), "notice")).contains("no-such-unit");
        runMonth("2023-05", "1004.10", "300");
        assertThat(text(page("?businessUnit=" + BU + "&month=2023-5", 400), "notice"))
                .contains("is not a month: write it as YYYY-MM");
    }

    @Test
    void shouldDownloadTheStatementAsCsvFromAPlainLink() {
        runMonth("2023-05", "1004.10", "300");
        String id = statementOf("2023-05").getString("id");
        given().when().get("/v1/statements/{id}?format=csv", id)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("statement-page-owner-2023-05"));
        given().accept("text/csv").when().get("/v1/statements/{id}?format=json", id)
                .then().statusCode(200).contentType(startsWith("application/json"));
        given().when().get("/v1/statements/{id}?format=xml", id)
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldListOnlyTheBusinessUnitsTheCallerMaySee() {
        runMonth("2023-05", "1004.10", "300");
        TestSeams.DENIED.add(BU);
        assertThat(text(page("?businessUnit=" + BU + "&month=2023-05", 403), "notice"))
                .contains("You may not see the statements of business unit \"page-owner\"");
        // 200 with the others, or 403 when the database of this test run holds no other business unit
        assertThat(given().when().get("/").then().statusCode(anyOf(equalTo(200), equalTo(403))).extract().asString())
                .doesNotContain("value=\"" + BU + "\"");
    }

    @Test
    void shouldDrawTheBudgetBurnAgainstThe80_90And110PercentLines() {
        runMonth("2023-05", "1004.10", "300");
        TestSeams.budget = statement -> Optional.of(new BudgetBurn(
                "Monthly AI budget", new BigDecimal("1000.00"), statement.showbackTotal(), "USD"));
        String html = page("?businessUnit=" + BU + "&month=2023-05", 200);
        assertThat(text(html, "burn-percent")).isEqualTo("100.4 %");
        assertThat(html).contains(">80 %<").contains(">90 %<").contains(">110 %<")
                .doesNotContain("No budget set");
    }

    @Test
    void shouldKeepThePageOutOfTheApiDocument() {
        given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.keySet()", not(org.hamcrest.Matchers.hasItem("/")))
                .body("paths.'/v1/statements/{id}'.get.responses.'400'.content.'application/problem+json'",
                        org.hamcrest.Matchers.notNullValue());
        given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("AI cost statement"));
    }

    @Test
    void shouldAskForATokenBeforeShowingAnything() {
        runMonth("2023-05", "1004.10", "300");
        String html = anonymous().when().get("/?businessUnit=" + BU + "&month=2023-05")
                .then().statusCode(401).contentType(startsWith("text/html")).extract().asString();
        assertThat(html).contains("id=\"sign-in\"").doesNotContain("total-showback").doesNotContain("1,004");
    }

    @Test
    void shouldSignInWithAPastedTokenAndShowOnlyTheOwnersBusinessUnits() {
        runMonth("2023-05", "1004.10", "300");
        io.restassured.response.Response signedIn = anonymous().redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("token", "Bearer " + TestTokens.buOwner(BU))
                .when().post("/sign-in").then().statusCode(303).header("Location", endsWith("/")).extract().response();
        io.restassured.http.Cookie cookie = signedIn.detailedCookie(StatementPageResource.TOKEN_COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");

        // The browser sends the cookie only (no Authorization header): the page and the API links work with it.
        String html = anonymous().cookie(StatementPageResource.TOKEN_COOKIE, cookie.getValue())
                .when().get("/?businessUnit=" + BU + "&month=2023-05").then().statusCode(200).extract().asString();
        assertThat(text(html, "signed-in-as")).isEqualTo("test-owner");
        assertThat(html).contains("value=\"" + BU + "\"").doesNotContain("value=\"support\"");
        String id = statementOf("2023-05").getString("id");
        anonymous().cookie(StatementPageResource.TOKEN_COOKIE, cookie.getValue())
                .when().get("/v1/statements/{id}?format=csv", id).then().statusCode(200);
        // Another business unit: 403, whether or not it exists.
        anonymous().cookie(StatementPageResource.TOKEN_COOKIE, cookie.getValue())
                .when().get("/?businessUnit=someone-else&month=2023-05").then().statusCode(403);
        anonymous().redirects().follow(false).cookie(StatementPageResource.TOKEN_COOKIE, cookie.getValue())
                .when().post("/sign-out").then().statusCode(303)
                .header("Set-Cookie", containsString(StatementPageResource.TOKEN_COOKIE + "=;"));
    }

    @Test
    void shouldRefuseATokenThisSuiteDidNotSignAndAnExpiredCookie() {
        String token = TestTokens.finance();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        String html = anonymous().contentType("application/x-www-form-urlencoded").formParam("token", forged)
                .when().post("/sign-in").then().statusCode(401).extract().asString();
        assertThat(text(html, "sign-in-problem")).contains("not signed by this suite");
        anonymous().cookie(StatementPageResource.TOKEN_COOKIE, forged).when().get("/")
                .then().statusCode(401).header("Set-Cookie", containsString(StatementPageResource.TOKEN_COOKIE + "=;"))
                .body(containsString("Your sign-in has expired"));
    }

    @Test
    void shouldShowNoStatementsToARoleThatMayNotSeeThem() {
        runMonth("2023-05", "1004.10", "300");
        String html = as(TestTokens.platform()).when().get("/").then().statusCode(403).extract().asString();
        assertThat(text(html, "notice")).contains("Your sign-in shows no business unit's statements");
        assertThat(html).doesNotContain("value=\"" + BU + "\"");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private void runMonth(String month, String computeCost, String resolutions) {
        givenIngestion(ingestion, month, costs(month, cost(BU, "Compute", computeCost), cost(BU, "Storage", "0.004")),
                usageOf(month, usage(BU, "ai-resolution", resolutions)));
        givenPrice(pricing, month, "ai-resolution", "resolution", "0.85");
        Api.runMonth(month);
    }

    private static JsonPath statementOf(String month) {
        String id = given().when().get("/v1/statements?month={m}&businessUnit={bu}", month, BU)
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        return given().when().get("/v1/statements/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    private static String page(String query, int status) {
        return given().when().get("/" + query).then().statusCode(status).contentType(startsWith("text/html"))
                .extract().asString();
    }

    /** The text of the element with this id (no nested elements). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("element #" + id + " in\n" + html).isTrue();
        return m.group(1).trim().replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static BigDecimal amountShown(String html, String id) {
        return new BigDecimal(text(html, id).replace(",", ""));
    }
}
