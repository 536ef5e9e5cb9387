package org.chargeback.ingestion;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.path.json.config.JsonPathConfig;
import org.chargeback.testsupport.EmbeddedPostgresResource;

import static io.restassured.config.JsonConfig.jsonConfig;

/**
 * Every @QuarkusTest of this module runs against one real embedded PostgreSQL (started once per test JVM).
 * REST Assured reads JSON decimals as BigDecimal: a float would lose the digits money tests compare.
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class WithEmbeddedPostgres {

    /** Matches a JSON number (integer or decimal) equal to {@code expected} by value, whatever its scale. */
    public static org.hamcrest.Matcher<Object> decimal(String expected) {
        return new org.hamcrest.TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new java.math.BigDecimal(actual.toString()).compareTo(new java.math.BigDecimal(expected)) == 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a number equal to " + expected);
            }
        };
    }

    static {
        RestAssured.config = RestAssured.config().jsonConfig(jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
