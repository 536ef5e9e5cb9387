package org.chargeback.chargeback.allocation;

import io.restassured.http.ContentType;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Request bodies and registry set-up for the allocation rule API tests; every code is new. */
final class Rules {

    private Rules() {
    }

    static String newCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a business unit under a new code, optionally with one use case; returns the code. */
    static String registerBusinessUnit(String useCase) {
        String code = newCode("bu");
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Unit " + code + "\", \"costCenter\": \"CC-1\","
                        + " \"ownerContact\": \"owner@example.com\"}")
                .when().post("/v1/business-units").then().statusCode(201);
        if (useCase != null) {
            given().contentType(ContentType.JSON)
                    .body("{\"code\": \"" + useCase + "\", \"name\": \"Use case\", \"product\": \"ai-resolution\"}")
                    .when().post("/v1/business-units/{code}/use-cases", code).then().statusCode(201);
        }
        return code;
    }

    /** A rule body; {@code code} null leaves it out (PUT), {@code effectiveTo} null makes it open-ended. */
    static String rule(String code, int priority, String effectiveFrom, String effectiveTo, String match,
                       String allocate) {
        return "{" + (code == null ? "" : "\"code\": \"" + code + "\", ") + "\"name\": \"Rule " + code + "\","
                + " \"priority\": " + priority + ", \"effectiveFrom\": \"" + effectiveFrom + "\","
                + " \"effectiveTo\": " + (effectiveTo == null ? "null" : "\"" + effectiveTo + "\"") + ","
                + " \"match\": " + match + ", \"allocate\": " + allocate + ","
                + " \"changedBy\": \"test\", \"reason\": \"because\"}";
    }

    static String direct(String businessUnit) {
        return "{\"method\": \"DIRECT\", \"businessUnit\": \"" + businessUnit + "\"}";
    }

    static String fixed(String businessUnitA, String percentA, String businessUnitB, String percentB) {
        return "{\"method\": \"FIXED\", \"shares\": [{\"businessUnit\": \"" + businessUnitA + "\", \"percent\": "
                + percentA + "}, {\"businessUnit\": \"" + businessUnitB + "\", \"percent\": " + percentB + "}]}";
    }

    static String serviceName(String value) {
        return "[{\"dimension\": \"serviceName\", \"equals\": \"" + value + "\"}]";
    }

    static String create(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/v1/allocation-rules")
                .then().statusCode(201).extract().header("ETag");
    }
}
