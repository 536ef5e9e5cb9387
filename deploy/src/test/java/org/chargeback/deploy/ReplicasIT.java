package org.chargeback.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of ingestion-service on different ports against one database, as behind a load balancer: the same
 * cost file or the same usage events sent to both at once are counted once.
 */
class ReplicasIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** An admin token signed with the suite\'s key pair in its SUITE_HOME. */
    private static String bearer;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path home;
    private static SuiteDatabase database;
    private static final List<ServiceProcess> replicas = new ArrayList<>();
    private static final List<String> urls = new ArrayList<>();

    @BeforeAll
    static void startTwoReplicasOnOneDatabase() throws Exception {
        home = ROOT.resolve("deploy/target/it-replicas-home");
        LocalMachine.deleteRecursively(home);
        bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the suite finds and uses this key pair
        SuiteConfig config = SuiteConfig.fromEnvironment(Map.of("SUITE_HOME", home.toString(),
                "SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort())), ROOT);
        Files.createDirectories(config.logs());
        database = SuiteDatabase.start(config, List.of("ingestion"));
        for (int i = 0; i < 2; i++) {
            int port = LocalMachine.freePort();
            SuiteConfig.ServiceSpec spec = new SuiteConfig.ServiceSpec("ingestion-service", port, "ingestion");
            replicas.add(ServiceProcess.start(config, spec, Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl("ingestion"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                    List.of("-Xmx256m")));
            urls.add(spec.url());
        }
        for (ServiceProcess replica : replicas) {
            replica.awaitReady(Instant.now().plusSeconds(120)); // the second one also ran Flyway against the same schema
        }
    }

    @AfterAll
    static void stop() throws Exception {
        replicas.forEach(ServiceProcess::stop);
        if (database != null) database.close();
        LocalMachine.deleteRecursively(home);
    }

    @Test
    void shouldStoreTheSameCostFileOnceWhenBothReplicasReceiveItAtOnce() throws Exception {
        Path file = home.resolve("costs.csv");
        ImportBenchmark.generate(file, 50_000);
        List<HttpResponse<String>> answers = concurrently(urls.stream().<Callable<HttpResponse<String>>>map(url -> () ->
                HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/cost-imports")).header("Authorization", bearer).header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                        HttpResponse.BodyHandlers.ofString())).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(201, 200);
        assertThat(JSON.readTree(answers.get(0).body()).path("id")).isEqualTo(JSON.readTree(answers.get(1).body()).path("id"));
        JsonNode summary = get(urls.get(1) + "/v1/costs/summary?billingPeriod=2026-10");
        assertThat(summary.at("/totals/0/rowCount").asLong()).isEqualTo(50_000);
        assertThat(get(urls.get(0) + "/v1/costs/revisions?billingPeriod=2026-10").findValuesAsText("revision")).containsOnly("1");
    }

    @Test
    void shouldCountOverlappingUsageEventsOnceAcrossReplicas() throws Exception {
        List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
        for (int client = 0; client < 6; client++) {
            StringBuilder ndjson = new StringBuilder();
            for (int i = client * 500; i < client * 500 + 2_000; i++) { // each window overlaps the next three
                int id = i % 5_000;
                ndjson.append("{\"eventId\":\"replica-").append(id).append("\",\"businessUnit\":\"support\",")
                        .append("\"useCase\":\"bot\",\"product\":\"support-resolution\",\"quantity\":1,")
                        .append("\"occurredAt\":\"2036-01-0").append(1 + id % 9).append("T10:00:00Z\"}\n");
            }
            String url = urls.get(client % 2);
            posts.add(() -> HTTP.send(HttpRequest.newBuilder(URI.create(url + "/v1/usage-events")).header("Authorization", bearer)
                    .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(2))
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString())).build(), HttpResponse.BodyHandlers.ofString()));
        }
        long accepted = 0;
        for (HttpResponse<String> answer : concurrently(posts)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            accepted += JSON.readTree(answer.body()).path("accepted").asLong();
        }
        int distinct = 4_500; // ids 0..4499 are sent (windows start at 0, 500, ..., 2500 and are 2,000 long)
        assertThat(accepted).isEqualTo(distinct);
        assertThat(get(urls.get(0) + "/v1/usage/summary?month=2036-01").at("/totals/eventCount").asLong()).isEqualTo(distinct);
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) results.add(f.get());
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
