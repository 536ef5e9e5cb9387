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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import is all or nothing even when the service process dies in the middle of it: after a SIGKILL and a restart
 * no row, import or revision of the file is visible, and the same file then imports normally.
 */
class KillMidImportIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** An admin token signed with the suite\'s key pair in its SUITE_HOME. */
    private static String bearer;

    @Test
    void shouldLeaveNothingVisibleWhenTheServiceIsKilledMidImport() throws Exception {
        Path home = ROOT.resolve("deploy/target/it-kill-home");
        LocalMachine.deleteRecursively(home);
        bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the suite finds and uses this key pair
        SuiteConfig config = SuiteConfig.fromEnvironment(Map.of("SUITE_HOME", home.toString(),
                "INGESTION_PORT", Integer.toString(LocalMachine.freePort()),
                "SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort())), ROOT);
        Files.createDirectories(config.logs());
        Path file = home.resolve("costs.csv");
        ImportBenchmark.generate(file, 400_000);
        SuiteConfig.ServiceSpec spec = config.service("ingestion-service");
        try (SuiteDatabase database = SuiteDatabase.start(config, List.of("ingestion"))) {
            Map<String, String> env = Map.of("QUARKUS_HTTP_PORT", Integer.toString(spec.port()),
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl("ingestion"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
            ServiceProcess service = ServiceProcess.start(config, spec, env);
            service.awaitReady(Instant.now().plusSeconds(120));
            CompletableFuture<HttpResponse<String>> upload = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(spec.url() + "/v1/cost-imports")).header("Authorization", bearer)
                    .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
            awaitRunningImport(spec.url());
            ProcessHandle.of(service.pid()).orElseThrow().destroyForcibly(); // SIGKILL: no shutdown hook, no rollback call
            assertThat(upload.handle((r, e) -> e != null || r.statusCode() >= 500).get()).isTrue();

            service = ServiceProcess.start(config, spec, env);
            try {
                service.awaitReady(Instant.now().plusSeconds(120));
                assertThat(get(spec.url() + "/v1/cost-imports")).isEmpty();
                assertThat(get(spec.url() + "/v1/costs/summary?billingPeriod=2026-10").path("groups")).isEmpty();
                assertThat(get(spec.url() + "/v1/costs/revisions?billingPeriod=2026-10")).isEmpty();

                HttpResponse<String> again = HTTP.send(HttpRequest.newBuilder(URI.create(spec.url() + "/v1/cost-imports")).header("Authorization", bearer)
                        .header("Content-Type", "text/csv").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
                assertThat(get(spec.url() + "/v1/costs/summary?billingPeriod=2026-10").at("/totals/0/rowCount").asLong()).isEqualTo(400_000);
            } finally {
                service.stop();
            }
        } finally {
            LocalMachine.deleteRecursively(home);
        }
    }

    /** Waits until the import has copied rows (status RUNNING with a row count), so the kill lands mid-COPY. */
    private static void awaitRunningImport(String url) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode i : get(url + "/v1/cost-imports")) {
                if ("RUNNING".equals(i.path("status").asText()) && i.path("rowCount").asLong() >= 20_000) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import never showed as running with rows copied");
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }
}
