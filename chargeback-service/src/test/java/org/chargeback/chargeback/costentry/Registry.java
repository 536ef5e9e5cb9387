package org.chargeback.chargeback.costentry;

import io.restassured.http.ContentType;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Registers business units (with use case "tickets") through the API, under codes no other test uses. */
final class Registry {

    private Registry() {
    }

    static String newCode() {
        return "bu-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh registered business unit with the use case "tickets". */
    static String registeredBusinessUnit() {
        String code = newCode();
        register(code);
        return code;
    }

    static void register(String code) {
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"" + code + "\", \"name\": \"Customer Support\", \"costCenter\": \"CC-4100\","
                        + " \"ownerContact\": \"support-lead@example.com\"}")
                .when().post("/v1/business-units")
                .then().statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"code\": \"tickets\", \"name\": \"AI ticket resolution\", \"product\": \"ai-resolution\"}")
                .when().post("/v1/business-units/{code}/use-cases", code)
                .then().statusCode(201);
    }
}
