package org.chargeback.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two chargeback-service replicas on one database: statement runs for the same month, started at once on both, do
 * not interleave (a transaction-scoped advisory lock per month): every run succeeds and the month ends with exactly
 * one draft per business unit, built from the same figures. The scheduled budget evaluation, running every 2 s on
 * both replicas, happens once per interval across them (advisory lock + slot row).
 */
class ChargebackReplicasIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /** An admin token signed with the suite\'s key pair in its SUITE_HOME. */
    private static String bearer;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldNotInterleaveStatementRunsOfOneMonthAcrossReplicas() throws Exception {
        Path home = ROOT.resolve("deploy/target/it-chargeback-replicas-home");
        LocalMachine.deleteRecursively(home);
        bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the suite finds and uses this key pair
        Map<String, String> env = new HashMap<>();
        env.put("SUITE_HOME", home.toString());
        env.put("INGESTION_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("PRICING_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("CHARGEBACK_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("CHARGEBACK_GOVERNANCE_EVALUATION_INTERVAL", "PT2S");
        SuiteConfig config = SuiteConfig.fromEnvironment(env, ROOT);
        assertThat(suite(env, "up", "--detach", "--demo")).isZero(); // demo: products and prices to rate with
        ServiceProcess second = null;
        try {
            int port = LocalMachine.freePort();
            SuiteConfig.ServiceSpec spec = new SuiteConfig.ServiceSpec("chargeback-service", port, "chargeback");
            second = ServiceProcess.start(config, spec, Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:" + config.postgresPort() + "/chargeback",
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "INGESTION_URL", config.service("ingestion-service").url(),
                    "PRICING_URL", config.service("pricing-service").url(),
                    "CHARGEBACK_GOVERNANCE_EVALUATION_INTERVAL", "PT2S"));
            second.awaitReady(Instant.now().plusSeconds(120));

            // November usage for three business units, not yet charged back.
            StringBuilder ndjson = new StringBuilder();
            String[][] usage = {{"customer-support", "support-resolution"}, {"legal", "document-summary"}, {"marketing", "document-summary"}};
            for (int day = 1; day <= 30; day++) {
                for (String[] u : usage) {
                    ndjson.append(String.format("{\"eventId\":\"replicas-%s-%02d\",\"businessUnit\":\"%s\",\"useCase\":\"uc\","
                            + "\"product\":\"%s\",\"quantity\":%d,\"occurredAt\":\"2026-11-%02dT12:00:00Z\"}%n", u[0], day, u[0], u[1], 10 + day, day));
                }
            }
            HttpResponse<String> posted = send(config.service("ingestion-service").url() + "/v1/usage-events", "application/x-ndjson", ndjson.toString());
            assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

            List<String> replicas = List.of(config.service("chargeback-service").url(), spec.url());
            List<Callable<HttpResponse<String>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String url = replicas.get(i % 2);
                runs.add(() -> send(url + "/v1/statement-runs", "application/json", "{\"month\": \"2026-11\"}"));
            }
            ExecutorService pool = Executors.newFixedThreadPool(runs.size());
            List<String> totals = new ArrayList<>();
            try {
                for (Future<HttpResponse<String>> run : pool.invokeAll(runs)) {
                    HttpResponse<String> answer = run.get();
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    totals.add(JSON.readTree(answer.body()).path("reconciliation").toString());
                }
            } finally {
                pool.shutdown();
            }

            JsonNode statements = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(replicas.get(1)
                    + "/v1/statements?month=2026-11")).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
            List<String> businessUnits = new ArrayList<>();
            statements.forEach(s -> businessUnits.add(s.path("businessUnit").asText()));
            assertThat(businessUnits).containsExactlyInAnyOrder("customer-support", "legal", "marketing");
            statements.forEach(s -> assertThat(s.path("status").asText()).isEqualTo("DRAFT"));
            assertThat(totals).as("every run saw the same month").containsOnly(totals.get(0));

            // Both replicas run the evaluation job every 2 s; each slot is evaluated by exactly one of them.
            Path log = config.logs().resolve("chargeback-service.log");
            List<String> slots = List.of();
            for (Instant until = Instant.now().plusSeconds(30); Instant.now().isBefore(until) && slots.size() < 4; ) {
                Thread.sleep(1000);
                slots = java.nio.file.Files.readAllLines(log).stream()
                        .filter(line -> line.contains("Scheduled governance evaluation (slot "))
                        .map(line -> line.replaceAll(".*\\(slot ([^)]+)\\).*", "$1")).toList();
            }
            assertThat(java.nio.file.Files.readAllLines(log).stream()
                    .filter(line -> line.contains("Governance jobs: evaluation every PT2S"))).as("both replicas run it")
                    .hasSize(2);
            assertThat(slots).as("evaluated slots").hasSizeGreaterThanOrEqualTo(4).doesNotHaveDuplicates();
        } finally {
            if (second != null) second.stop();
            suite(env, "down");
            LocalMachine.deleteRecursively(home);
        }
    }

    private static HttpResponse<String> send(String url, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).header("Content-Type", type).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int suite(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/suite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = process.waitFor();
        if (code != 0) System.out.println(output);
        return code;
    }
}
