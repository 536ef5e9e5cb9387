package org.chargeback.ingestion.cost;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.chargeback.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import that outlasts the transaction manager's default timeout still commits. The test profile sets that
 * default to 2 s (application.properties); this upload trickles in over about 4 s.
 */
@QuarkusTest
class LongImportTest extends WithEmbeddedPostgres {

    @Test
    void shouldCommitAnImportLongerThanTheDefaultTransactionTimeout() throws Exception {
        String month = "2036-05";
        List<InputStream> parts = new ArrayList<>();
        parts.add(new ByteArrayInputStream((FocusFiles.HEADER + "\n").getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < 8; i++) {
            byte[] row = (FocusFiles.row(month, "1.25", "Compute", "alpha") + "\n").getBytes(StandardCharsets.UTF_8);
            parts.add(new SlowStream(row, 500));
        }
        InputStream body = new SequenceInputStream(Collections.enumeration(parts));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/v1/cost-imports"))
                .header("Content-Type", "text/csv")
                .header("Authorization", "Bearer " + TestTokens.admin()).POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        given().queryParam("billingPeriod", month).when().get("/v1/costs/summary")
                .then().statusCode(200).body("totals[0].rowCount", org.hamcrest.Matchers.equalTo(8))
                .body("totals[0].billedCost", decimal("10"));
    }

    /** Hands out its bytes only after a pause, like a slow network. */
    private static final class SlowStream extends ByteArrayInputStream {
        private final long pauseMillis;
        private boolean paused;

        SlowStream(byte[] bytes, long pauseMillis) {
            super(bytes);
            this.pauseMillis = pauseMillis;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            pause();
            return super.read(b, off, len);
        }

        @Override
        public synchronized int read() {
            pause();
            return super.read();
        }

        private void pause() {
            if (!paused) {
                paused = true;
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
