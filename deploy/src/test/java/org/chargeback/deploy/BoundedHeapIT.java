package org.chargeback.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost import streams: a real ingestion-service process limited to a 96 MiB heap imports a FOCUS file more than
 * three times that size. Were the body, the rows or the COPY buffered, the service would run out of memory (500).
 */
class BoundedHeapIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final long HEAP_MB = 96;

    @Test
    void shouldImportAFileMuchLargerThanTheServiceHeap() throws Exception {
        Path home = ROOT.resolve("deploy/target/it-bounded-heap-home");
        LocalMachine.deleteRecursively(home);
        String bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the service verifies with this key pair
        Map<String, String> env = new HashMap<>();
        env.put("SUITE_HOME", home.toString());
        env.put("INGESTION_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort()));
        SuiteConfig config = SuiteConfig.fromEnvironment(env, ROOT);
        Files.createDirectories(config.logs());
        Path file = home.resolve("large-focus.csv");
        long rows = 700_000;
        ImportBenchmark.generate(file, rows);
        assertThat(Files.size(file)).isGreaterThan(3 * HEAP_MB * 1024 * 1024);

        SuiteConfig.ServiceSpec ingestion = config.service("ingestion-service");
        try (SuiteDatabase database = SuiteDatabase.start(config, List.of("ingestion"))) {
            ServiceProcess service = ServiceProcess.start(config, ingestion, Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(ingestion.port()),
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl("ingestion"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                    List.of("-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError"));
            try {
                service.awaitReady(Instant.now().plusSeconds(120));
                // Java's default client on purpose: it asks for an h2c upgrade, which made the server buffer the body.
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(URI.create(ingestion.url() + "/v1/cost-imports?fileName=large.csv")).header("Authorization", bearer)
                                .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(10))
                                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body() + "\n" + service.logTail(20)).isEqualTo(201);
                JsonNode imported = new ObjectMapper().readTree(response.body());
                assertThat(imported.path("rowCount").asLong()).isEqualTo(rows);
            } finally {
                service.stop();
            }
        } finally {
            LocalMachine.deleteRecursively(home);
        }
    }
}
