package org.chargeback.testsupport;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The role x operation test of a service: extend it with a {@code @QuarkusTest} class. Every operation of the live
 * OpenAPI document answers as the README's access matrix says ({@link AccessMatrix}).
 */
public abstract class AccessMatrixContract {

    @Test
    void shouldAnswerEveryOperationAsTheReadmesAccessMatrixSays() {
        JsonPath openApi = AdminTokenByDefault.anonymous().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        List<String> failures = AccessMatrix.fromReadme(Path.of("README.md")).check(openApi);
        assertTrue(failures.isEmpty(), () -> failures.size() + " operations answer otherwise than the README's access "
                + "matrix says:\n" + String.join("\n", failures));
    }
}
