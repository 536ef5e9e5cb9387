package org.chargeback.deploy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Where the suite keeps its data and which ports it uses, read from the environment:
 * SUITE_HOME (default ~/.chargeback-suite), INGESTION_PORT (8081), PRICING_PORT (8082), CHARGEBACK_PORT (8083),
 * SUITE_POSTGRES_PORT (54329), SUITE_START_TIMEOUT seconds (180).
 */
record SuiteConfig(Path root, Path home, int postgresPort, List<ServiceSpec> services, Duration startTimeout) {

    record ServiceSpec(String name, int port, String database) {
        Path jar(Path root) {
            return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    static SuiteConfig fromEnvironment(Map<String, String> env, Path root) {
        Path home = Path.of(env.getOrDefault("SUITE_HOME", System.getProperty("user.home") + "/.chargeback-suite"))
                .toAbsolutePath().normalize();
        return new SuiteConfig(root, home,
                port(env, "SUITE_POSTGRES_PORT", 54329),
                List.of(new ServiceSpec("ingestion-service", port(env, "INGESTION_PORT", 8081), "ingestion"),
                        new ServiceSpec("pricing-service", port(env, "PRICING_PORT", 8082), "pricing"),
                        new ServiceSpec("chargeback-service", port(env, "CHARGEBACK_PORT", 8083), "chargeback")),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("SUITE_START_TIMEOUT", "180"))));
    }

    ServiceSpec service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    Path logs() {
        return home.resolve("logs");
    }

    Path run() {
        return home.resolve("run");
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) throw new NumberFormatException();
            return port;
        } catch (NumberFormatException e) {
            throw new SuiteException(variable + "=" + value + " is not a TCP port (1-65535)");
        }
    }
}
