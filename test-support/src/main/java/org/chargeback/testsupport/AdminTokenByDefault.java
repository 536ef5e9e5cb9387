package org.chargeback.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;

/**
 * Every REST Assured request of a {@code @QuarkusTest} carries an admin token unless it sets its own Authorization
 * header or asks for none ({@link #anonymous()}): the API tests written before access control keep testing the
 * API, and the access tests (security/) say explicitly which caller they are. Registered in
 * META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    /** Marker header: send the request without any token (removed before sending). */
    public static final String NO_TOKEN = "X-Test-No-Token";

    private static final Filter FILTER = (request, response, ctx) -> {
        if (request.getHeaders().hasHeaderWithName(NO_TOKEN)) {
            request.removeHeader(NO_TOKEN);
        } else if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + Token.ADMIN);
        }
        return ctx.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(FILTER)) {
            RestAssured.filters(FILTER);
        }
    }

    /** A request without any token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().header(NO_TOKEN, "true");
    }

    /** A request with this bearer token instead of the default admin token. */
    public static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token);
    }

    /** Minted once (an hour's validity is plenty for a test run). */
    private static final class Token {
        static final String ADMIN = TestTokens.admin();
    }
}
