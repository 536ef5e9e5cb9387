package org.chargeback.chargeback;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Java's HttpClient asks for an HTTP/2 upgrade on plain http by default; once, in the end-to-end test, the large
 * OpenAPI document then reached it as broken frames ("Frame type(109) ... exceeds MAX_FRAME_SIZE"; not reproduced
 * since). The service speaks HTTP/1.1 only, as ingestion-service does, and this client gets HTTP/1.1.
 */
@QuarkusTest
class DefaultHttpClientTest {

    @TestHTTPResource("/q/openapi?format=json")
    URI openApi;

    @Test
    void shouldServeTheOpenApiDocumentToJavasDefaultHttpClient() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(openApi).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(response.body()).contains("registerBusinessUnit");
    }
}
