package org.chargeback.deploy;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;

/** One service as its own JVM process, its output appended to SUITE_HOME/logs/<service>.log. */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();

    private final SuiteConfig.ServiceSpec spec;
    private final Path log;
    private Process process;

    private ServiceProcess(SuiteConfig.ServiceSpec spec, Path log) {
        this.spec = spec;
        this.log = log;
    }

    static ServiceProcess start(SuiteConfig config, SuiteConfig.ServiceSpec spec, Map<String, String> environment) {
        return start(config, spec, environment, List.of("-Xmx512m"));
    }

    static ServiceProcess start(SuiteConfig config, SuiteConfig.ServiceSpec spec, Map<String, String> environment,
                                List<String> jvmOptions) {
        Path jar = spec.jar(config.root());
        if (!Files.exists(jar)) {
            throw new SuiteException(jar + " is missing: run 'deploy/suite build' (or mvn -DskipTests package)");
        }
        ServiceProcess service = new ServiceProcess(spec, config.logs().resolve(spec.name() + ".log"));
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Djava.io.tmpdir=" + config.home().resolve("tmp"), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(service.log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        // Access control: the service verifies tokens with the suite's public key and signs its calls to the
        // other services with the private key (SUITE_HOME/keys, created on first use).
        SuiteKeys keys = SuiteKeys.ensure(config.home());
        builder.environment().put("SUITE_JWT_PUBLIC_KEY", "file:" + keys.publicKey());
        builder.environment().put("SUITE_JWT_SIGN_KEY", "file:" + keys.privateKey());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(config.home().resolve("tmp"));
            service.process = builder.start();
        } catch (IOException e) {
            throw new SuiteException("Could not start " + spec.name() + ": " + e.getMessage(), e);
        }
        return service;
    }

    /** Waits until /q/health/ready answers 200; fails early if the process dies, with the tail of its log. */
    void awaitReady(Instant deadline) {
        URI ready = URI.create(spec.url() + "/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new SuiteException(spec.name() + " exited with code " + process.exitValue()
                        + " before it was ready. Last lines of " + log + ":\n" + logTail(40));
            }
            try {
                HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SuiteException("Interrupted while waiting for " + spec.name());
            }
            sleep(250);
        }
        throw new SuiteException(spec.name() + " was not ready on port " + spec.port() + " in time. Last lines of "
                + log + ":\n" + logTail(40));
    }

    long pid() {
        return process.pid();
    }

    SuiteConfig.ServiceSpec spec() {
        return spec;
    }

    /** SIGTERM lets Quarkus finish in-flight requests; after 30 s the process is killed. */
    void stop() {
        if (process == null || !process.isAlive()) return;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
