package org.chargeback.chargeback.security;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.chargeback.chargeback.Api;
import org.chargeback.support.security.Roles;
import org.chargeback.testsupport.TestTokens;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.chargeback.chargeback.Api.PROBLEM_JSON;
import static org.chargeback.testsupport.AdminTokenByDefault.anonymous;
import static org.chargeback.testsupport.AdminTokenByDefault.as;
import static org.chargeback.chargeback.Api.statementIdOf;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

/**
 * The first slice of access control (issue 9): statements and invoices. No token 401, wrong role 403, a bu-owner sees
 * only their business units (403 for another's statement or invoice by id, filtered lists); health and OpenAPI public.
 * Month 2019-03, issued in 2019: no other test uses them.
 */
@QuarkusTest
class AccessControlTest {

    private static final String MONTH = "2019-03";

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    private static String supportStatement;
    private static String marketingStatement;
    private static String supportInvoice;

    @BeforeEach
    void statementsOfTwoBusinessUnits() {
        Api.readNumbersAsBigDecimal();
        if (supportStatement != null) {
            return;
        }
        QuarkusMock.installMockForType(Clock.fixed(Instant.parse("2019-04-02T10:00:00Z"), ZoneOffset.UTC),
                Clock.class);
        givenIngestion(ingestion, MONTH, costs(MONTH, cost("support", "Compute", "10.00"),
                        cost("marketing", "Compute", "20.00")),
                usageOf(MONTH, usage("support", "ai-resolution", "2"), usage("marketing", "ai-resolution", "4")));
        givenPrice(pricing, MONTH, "ai-resolution", "resolution", "0.50");
        JsonPath run = Api.runMonth(MONTH);
        supportStatement = statementIdOf(run, "support");
        marketingStatement = statementIdOf(run, "marketing");
        supportInvoice = Api.waiveAndIssue(supportStatement).getString("invoiceNumber");
    }

    @Test
    void shouldAnswer401ProblemWithoutAToken() {
        anonymous().when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(401).contentType(PROBLEM_JSON)
                .body("status", equalTo(401)).body("type", equalTo("/problems/unauthorized"));
        anonymous().when().get("/v1/statements/{id}", supportStatement)
                .then().statusCode(401).contentType(PROBLEM_JSON);
        anonymous().when().get("/v1/invoices/{n}", supportInvoice)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer401ProblemForATokenNotSignedByTheSuite() {
        String forged = TestTokens.admin();
        String tampered = forged.substring(0, forged.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        as(tampered).when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldAnswer403ProblemForTheWrongRole() {
        as(TestTokens.platform()).when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(403).contentType(PROBLEM_JSON)
                .body("status", equalTo(403)).body("type", equalTo("/problems/forbidden"));
        as(TestTokens.platform()).when().get("/v1/invoices/{n}", supportInvoice)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        as(TestTokens.buOwner("support")).when().post("/v1/statements/{id}/issue", marketingStatement)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        as(TestTokens.buOwner("support")).contentType("application/json")
                .body("{\"reference\": \"X-1\", \"bookedBy\": \"owner@example.com\"}")
                .when().post("/v1/invoices/{n}/acknowledgements", supportInvoice)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirOwnStatementById() {
        String owner = TestTokens.buOwner("support");
        as(owner).when().get("/v1/statements/{id}", supportStatement)
                .then().statusCode(200).body("businessUnit", equalTo("support"));
        as(owner).when().get("/v1/statements/{id}", marketingStatement)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/statements/{id}?format=csv", marketingStatement)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        as(owner).when().get("/v1/statements/{id}/lines/1/sources", marketingStatement)
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldFilterTheStatementListToTheOwnersBusinessUnits() {
        as(TestTokens.buOwner("support")).when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(200).body("businessUnit", everyItem(equalTo("support")))
                .body("businessUnit", hasItems("support"));
        as(TestTokens.buOwner("support")).when().get("/v1/statements?month={m}&businessUnit=marketing", MONTH)
                .then().statusCode(200).body("$", empty());
        as(TestTokens.token("nobody", Set.of(Roles.BU_OWNER), List.of()))
                .when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(200).body("$", empty());
        as(TestTokens.finance()).when().get("/v1/statements?month={m}", MONTH)
                .then().statusCode(200).body("businessUnit", hasItems("support", "marketing"));
    }

    @Test
    void shouldLetABusinessUnitOwnerReadOnlyTheirOwnInvoices() {
        as(TestTokens.buOwner("support")).when().get("/v1/invoices/{n}", supportInvoice)
                .then().statusCode(200).body("number", equalTo(supportInvoice));
        as(TestTokens.buOwner("marketing")).when().get("/v1/invoices/{n}", supportInvoice)
                .then().statusCode(403).contentType(PROBLEM_JSON);
        as(TestTokens.buOwner("marketing")).when().get("/v1/invoices?limit=1000")
                .then().statusCode(200).body("items.businessUnit", everyItem(equalTo("marketing")));
        // Full pages of their own invoices (filtered before paging): a page of one holds one of theirs, whatever
        // other business units other tests invoiced earlier in the feed.
        as(TestTokens.buOwner("support")).when().get("/v1/invoices?limit=1")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].businessUnit", equalTo("support"));
        as(TestTokens.finance()).when().get("/v1/invoices/{n}", supportInvoice)
                .then().statusCode(200);
    }

    @Test
    void shouldKeepHealthAndOpenApiPublic() {
        anonymous().when().get("/q/health/ready").then().statusCode(200);
        anonymous().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("openapi", startsWith("3."));
    }
}
