package org.chargeback.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The local launcher behind deploy/suite: one embedded PostgreSQL and the three services as separate JVMs.
 * <pre>
 * up [--detach] [--demo]   start (in the foreground, or in the background returning when all are ready)
 * down                     stop what runs
 * status                   what runs, where
 * </pre>
 */
public final class Suite {

    private static final String CHILD_FLAG = "--child"; // the background process that --detach starts

    private final SuiteConfig config;
    private SuiteDatabase database;
    private SuiteKeys keys;
    private final List<ServiceProcess> services = new ArrayList<>();

    private Suite(SuiteConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        List<String> flags = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        int exitCode;
        try {
            SuiteConfig config = SuiteConfig.fromEnvironment(System.getenv(), root);
            String command = args.length == 0 ? "help" : args[0];
            boolean demo = flags.contains("--demo");
            exitCode = switch (command) {
                case "up" -> flags.contains("--detach") ? upDetached(config, demo)
                        : upForeground(config, demo, flags.contains(CHILD_FLAG));
                case "down" -> down(config);
                case "status" -> status(config);
                case "token" -> token(config, flags);
                default -> usage();
            };
        } catch (SuiteException e) {
            System.err.println("suite: " + e.getMessage());
            exitCode = 1;
        }
        System.exit(exitCode);
    }

    private static int usage() {
        System.out.println("""
                usage: deploy/suite <command>
                  up [--demo]            start the suite in the foreground (Ctrl-C stops it)
                  up --detach [--demo]   start in the background; returns when all three services are ready
                  down                   stop the suite started with --detach
                  status                 what runs, where
                  build                  (re)build the services and the launcher
                  token ROLE [--bu CODE ...] [--hours N]
                                         print a bearer token signed with this SUITE_HOME's key (ROLE: admin,
                                         finance, platform, bu-owner with the business units they own, service)
                environment: SUITE_HOME (~/.chargeback-suite), INGESTION_PORT (8081), PRICING_PORT (8082),
                  CHARGEBACK_PORT (8083), SUITE_POSTGRES_PORT (54329), SUITE_START_TIMEOUT seconds (180)""");
        return 2;
    }

    // ---- up, in this process -------------------------------------------------------------------------------------

    private static int upForeground(SuiteConfig config, boolean demo, boolean child) {
        ensureNotRunning(config);
        ensurePortsFree(config);
        long self = ProcessHandle.current().pid();
        new SuiteState(self, "starting", "", List.of()).write(config);
        Suite suite = new Suite(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> suite.stop(self), "suite-shutdown"));
        try {
            Instant started = Instant.now();
            suite.start();
            StringBuilder report = new StringBuilder(suite.banner(Duration.between(started, Instant.now())));
            System.out.println(report);
            if (demo) {
                String demoReport = new DemoLoader(config).load();
                System.out.println(demoReport);
                report.append('\n').append(demoReport);
            }
            Files.writeString(config.run().resolve("report.txt"), report);
            new SuiteState(self, "ready", "", suite.services.stream().map(ServiceProcess::pid).toList()).write(config);
            if (!child) {
                System.out.println("Press Ctrl-C to stop the suite.");
            }
            new CountDownLatch(1).await(); // until Ctrl-C or 'deploy/suite down' (SIGTERM) runs the shutdown hook
            return 0;
        } catch (SuiteException e) {
            new SuiteState(self, "failed", e.getMessage(), List.of()).write(config);
            System.err.println("suite: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void start() {
        keys = SuiteKeys.ensure(config.home());
        System.out.println("Starting PostgreSQL on port " + config.postgresPort() + " (data in " + config.home() + ")");
        database = SuiteDatabase.start(config, config.services().stream().map(SuiteConfig.ServiceSpec::database).toList());
        for (SuiteConfig.ServiceSpec spec : config.services()) {
            System.out.println("Starting " + spec.name() + " on port " + spec.port());
            services.add(ServiceProcess.start(config, spec, environmentOf(spec)));
        }
        Instant deadline = Instant.now().plus(config.startTimeout());
        for (ServiceProcess service : services) {
            service.awaitReady(deadline);
        }
    }

    private Map<String, String> environmentOf(SuiteConfig.ServiceSpec spec) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(spec.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        env.put("INGESTION_URL", config.service("ingestion-service").url());
        env.put("PRICING_URL", config.service("pricing-service").url());
        env.put("CHARGEBACK_URL", config.service("chargeback-service").url());
        return env;
    }

    /** Stops the services (in parallel, each gets 30 s to finish in-flight work), then PostgreSQL. */
    private void stop(long self) {
        List<Thread> stopping = services.stream().map(s -> new Thread(s::stop)).toList();
        stopping.forEach(Thread::start);
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (database != null) {
            database.close();
        }
        // A failed start leaves its state for the waiting 'up --detach' to read; anything else is cleared.
        SuiteState.read(config).filter(s -> s.launcherPid() == self && !"failed".equals(s.status()))
                .ifPresent(s -> SuiteState.clear(config));
        System.out.println("Chargeback suite stopped.");
    }

    private String banner(Duration took) {
        StringBuilder b = new StringBuilder();
        b.append("\nChargeback suite is ready (started in ").append(took.toSeconds()).append(" s; data in ")
                .append(config.home()).append(")\n");
        for (SuiteConfig.ServiceSpec spec : config.services()) {
            b.append(String.format("  %-19s %-24s Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi%n",
                    spec.name(), spec.url(), spec.url(), spec.url()));
        }
        b.append(String.format("  %-19s jdbc:postgresql://localhost:%d/{ingestion,pricing,chargeback} (user postgres)%n",
                "PostgreSQL", config.postgresPort()));
        b.append(String.format("  %-19s %s%n", "Logs", config.logs()));
        b.append(tokens());
        return b.toString();
    }

    /** Ready tokens per role for the demo and a first try (every call but health and OpenAPI needs one). */
    private String tokens() {
        StringBuilder b = new StringBuilder("\nBearer tokens, valid " + SuiteKeys.DEFAULT_VALIDITY.toHours()
                + " h (fresh ones: deploy/suite token ROLE [--bu CODE ...]; access rules: each service's README):\n");
        for (String role : List.of("admin", "finance", "platform")) {
            b.append("  export ").append(role.toUpperCase(java.util.Locale.ROOT)).append("_TOKEN=")
                    .append(keys.token(role, List.of(), SuiteKeys.DEFAULT_VALIDITY)).append('\n');
        }
        b.append("  export BU_OWNER_TOKEN=").append(keys.token("bu-owner", List.of(DemoLoader.SHOWCASE_BUSINESS_UNIT),
                SuiteKeys.DEFAULT_VALIDITY)).append("   # bu-owner of ").append(DemoLoader.SHOWCASE_BUSINESS_UNIT)
                .append('\n');
        String chargeback = config.service("chargeback-service").url();
        b.append("  e.g. curl -H \"Authorization: Bearer $FINANCE_TOKEN\" ").append(chargeback)
                .append("/v1/statements?month=").append(DemoLoader.MONTH).append('\n');
        b.append("  Statement page: ").append(chargeback).append("/ (sign in with $BU_OWNER_TOKEN or $FINANCE_TOKEN)\n");
        return b.toString();
    }

    // ---- token ---------------------------------------------------------------------------------------------------

    private static int token(SuiteConfig config, List<String> args) {
        if (args.isEmpty() || args.get(0).startsWith("--")) {
            System.err.println("usage: deploy/suite token ROLE [--bu CODE ...] [--hours N]");
            return 2;
        }
        String role = args.get(0);
        if (!List.of("admin", "finance", "platform", "bu-owner", "service").contains(role)) {
            throw new SuiteException("Unknown role '" + role + "': admin, finance, platform, bu-owner or service");
        }
        List<String> businessUnits = new ArrayList<>();
        Duration validity = SuiteKeys.DEFAULT_VALIDITY;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--bu") && i + 1 < args.size()) {
                businessUnits.add(args.get(++i));
            } else if (arg.equals("--hours") && i + 1 < args.size()) {
                try {
                    validity = Duration.ofHours(Long.parseLong(args.get(++i)));
                } catch (NumberFormatException e) {
                    throw new SuiteException("--hours wants a whole number of hours, not '" + args.get(i) + "'");
                }
            } else {
                throw new SuiteException("Unexpected argument '" + arg + "'; usage: token ROLE [--bu CODE ...] [--hours N]");
            }
        }
        if (role.equals("bu-owner") && businessUnits.isEmpty()) {
            throw new SuiteException("A bu-owner token needs the business units they own: --bu CODE [--bu CODE ...]");
        }
        if (!role.equals("bu-owner") && !businessUnits.isEmpty()) {
            throw new SuiteException("--bu applies to bu-owner tokens only (" + role + " sees every business unit)");
        }
        System.out.println(SuiteKeys.ensure(config.home()).token(role, businessUnits, validity));
        return 0;
    }

    // ---- up --detach ---------------------------------------------------------------------------------------------

    private static int upDetached(SuiteConfig config, boolean demo) {
        ensureNotRunning(config);
        ensurePortsFree(config);
        try {
            Files.createDirectories(config.logs());
            Files.deleteIfExists(config.run().resolve("report.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SuiteState.clear(config);
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // its own session: closing the terminal does not stop the suite
        }
        command.addAll(List.of(ServiceProcess.javaExecutable(), "-Xmx256m", "-Dslf4j.internal.verbosity=ERROR",
                "-Djava.io.tmpdir=" + config.home().resolve("tmp"),
                "-Dsuite.root=" + config.root(),
                "-cp", System.getProperty("java.class.path"), Suite.class.getName(), "up", CHILD_FLAG));
        if (demo) command.add("--demo");
        Path log = config.logs().resolve("suite.log");
        Process child;
        try {
            Files.createDirectories(config.home().resolve("tmp"));
            child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new SuiteException("Could not start the suite in the background: " + e.getMessage(), e);
        }
        Duration limit = config.startTimeout().plusSeconds(demo ? 120 : 30);
        System.out.println("Starting the suite in the background (log: " + log + "; waiting up to " + limit.toSeconds() + " s)");
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Optional<SuiteState> state = SuiteState.read(config);
            if (state.isPresent() && "ready".equals(state.get().status())) {
                try {
                    System.out.println(Files.readString(config.run().resolve("report.txt")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.out.println("Running in the background. Stop it with: deploy/suite down");
                return 0;
            }
            if (state.isPresent() && "failed".equals(state.get().status())) {
                System.err.println("suite: " + state.get().message());
                waitForExit(child, 60);
                SuiteState.clear(config);
                return 1;
            }
            if (!child.isAlive()) {
                System.err.println("suite: the launcher exited with code " + child.exitValue() + ". Last lines of " + log + ":\n" + tail(log, 30));
                return 1;
            }
            sleep(300);
        }
        System.err.println("suite: not ready within " + limit.toSeconds() + " s (SUITE_START_TIMEOUT). Last lines of " + log + ":\n" + tail(log, 30));
        child.destroy();
        waitForExit(child, 60);
        SuiteState.clear(config);
        return 1;
    }

    // ---- down and status -----------------------------------------------------------------------------------------

    private static int down(SuiteConfig config) {
        Optional<SuiteState> state = SuiteState.read(config);
        if (state.isEmpty() || !state.get().launcherAlive()) {
            state.ifPresent(s -> killLeftoverServices(s.servicePids()));
            SuiteState.clear(config);
            System.out.println("The chargeback suite is not running (SUITE_HOME " + config.home() + ").");
            return 0;
        }
        ProcessHandle launcher = ProcessHandle.of(state.get().launcherPid()).orElseThrow();
        System.out.println("Stopping the chargeback suite (pid " + launcher.pid() + ")...");
        launcher.destroy();
        try {
            launcher.onExit().get(90, TimeUnit.SECONDS);
        } catch (Exception e) {
            launcher.destroyForcibly();
            killLeftoverServices(state.get().servicePids());
        }
        SuiteState.clear(config);
        System.out.println("Stopped.");
        return 0;
    }

    private static int status(SuiteConfig config) {
        Optional<SuiteState> state = SuiteState.read(config);
        if (state.isEmpty() || !state.get().launcherAlive()) {
            System.out.println("The chargeback suite is not running (SUITE_HOME " + config.home() + ").");
            return 3;
        }
        System.out.println("Chargeback suite: " + state.get().status() + " (launcher pid " + state.get().launcherPid()
                + ", data in " + config.home() + ")");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        for (SuiteConfig.ServiceSpec spec : config.services()) {
            String health;
            try {
                int code = http.send(HttpRequest.newBuilder(URI.create(spec.url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                health = code == 200 ? "ready" : "not ready (" + code + ")";
            } catch (IOException e) {
                health = "not answering";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                health = "unknown";
            }
            System.out.printf("  %-19s %-24s %s%n", spec.name(), spec.url(), health);
        }
        System.out.printf("  %-19s localhost:%d%n", "PostgreSQL", config.postgresPort());
        return 0;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static void ensureNotRunning(SuiteConfig config) {
        Optional<SuiteState> state = SuiteState.read(config);
        if (state.isPresent() && state.get().launcherAlive()) {
            throw new SuiteException("the suite already runs from " + config.home() + " (pid " + state.get().launcherPid()
                    + ", " + state.get().status() + "); stop it with: deploy/suite down");
        }
        state.ifPresent(s -> killLeftoverServices(s.servicePids()));
    }

    /** Only processes that really are our services: a pid may have been reused since. */
    private static void killLeftoverServices(List<Long> pids) {
        for (long pid : pids) {
            ProcessHandle.of(pid)
                    .filter(p -> p.info().commandLine().map(c -> c.contains("quarkus-run.jar")).orElse(false))
                    .ifPresent(p -> {
                        p.destroy();
                        p.onExit().completeOnTimeout(p, 30, TimeUnit.SECONDS).join();
                        p.destroyForcibly();
                    });
        }
    }

    private static void ensurePortsFree(SuiteConfig config) {
        List<String> busy = new ArrayList<>();
        Map<String, Integer> ports = new java.util.LinkedHashMap<>();
        config.services().forEach(s -> ports.put(s.name() + " (" + envName(s.name()) + ")", s.port()));
        ports.put("PostgreSQL (SUITE_POSTGRES_PORT)", config.postgresPort());
        ports.forEach((what, port) -> {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                busy.add("port " + port + " for " + what);
            }
        });
        if (!busy.isEmpty()) {
            throw new SuiteException("in use: " + String.join(", ", busy) + ". Stop what uses it or choose another port "
                    + "with the environment variable named.");
        }
    }

    private static String envName(String service) {
        return service.substring(0, service.indexOf('-')).toUpperCase() + "_PORT";
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void waitForExit(Process process, int seconds) {
        try {
            process.waitFor(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
