package org.chargeback.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.deploy.bench.HeapWatch;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * deploy/suite bench import [rows]: how close the FOCUS import through the API (validation, normalisation, COPY into
 * the indexed cost table, revisions) comes to PostgreSQL's own COPY of the same file into an unindexed table of text
 * columns, in one run on one machine. The service runs with a 256 MiB heap to show the import streams. Prints the
 * figures and ends with the line "ratio <value>" (goal: 0.70 or more). Not part of the test command.
 */
public final class ImportBenchmark {

    private static final String HEADER = "BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodStart,BillingPeriodEnd,"
            + "ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,BilledCost,"
            + "EffectiveCost,ListCost,ContractedCost,ListUnitPrice,ContractedUnitPrice,PricingQuantity,PricingUnit,"
            + "ConsumedQuantity,ConsumedUnit,PricingCategory,ProviderName,PublisherName,InvoiceIssuerName,ServiceCategory,"
            + "ServiceName,SkuId,SkuPriceId,RegionId,RegionName,ResourceId,SubAccountId,SubAccountName,Tags,x_CostCenter";

    private record Sku(String provider, String category, String service, String sku, String description, String unit,
                       String price, String frequency, String chargeCategory) {
    }

    private static final List<Sku> SKUS = List.of(
            new Sku("OpenAI", "AI and Machine Learning", "OpenAI API", "gpt-4o-input", "GPT-4o input tokens", "1000 Tokens", "0.0025", "Usage-Based", "Usage"),
            new Sku("OpenAI", "AI and Machine Learning", "OpenAI API", "gpt-4o-output", "GPT-4o output tokens", "1000 Tokens", "0.01", "Usage-Based", "Usage"),
            new Sku("Anthropic", "AI and Machine Learning", "Claude API", "sonnet-input", "Sonnet input tokens", "1000000 Tokens", "3", "Usage-Based", "Usage"),
            new Sku("AWS", "Compute", "Amazon Elastic Compute Cloud", "g5.2xlarge", "g5.2xlarge GPU inference", "Hours", "1.212", "Usage-Based", "Usage"),
            new Sku("AWS", "Compute", "Amazon Elastic Compute Cloud", "p4d.24xlarge", "p4d.24xlarge training", "Hours", "32.7726", "Usage-Based", "Usage"),
            new Sku("AWS", "Storage", "Amazon Simple Storage Service", "s3-standard", "S3 Standard storage", "GB-Months", "0.023", "Usage-Based", "Usage"),
            new Sku("AWS", "Networking", "Amazon Virtual Private Cloud", "nat-gateway-hours", "NAT gateway hours", "Hours", "0.045", "Usage-Based", "Usage"),
            new Sku("Microsoft", "Business Applications", "Microsoft 365 Copilot", "m365-copilot-seat", "Copilot seat", "Seats", "30", "Recurring", "Purchase"));

    /** The benchmark's calls as admin, signed with the key pair of its own SUITE_HOME. */
    private static String authorization;

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--generate")) { // write the file only, e.g. to import it by hand
            generate(Path.of(args[2]), Long.parseLong(args[1]));
            return;
        }
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
        Path root = Path.of(System.getProperty("suite.root", ".")).toAbsolutePath().normalize();
        Path home = root.resolve("deploy/target/bench-import-home");
        LocalMachine.deleteRecursively(home);
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("SUITE_HOME", home.toString());
        authorization = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the service verifies with this key pair
        env.put("INGESTION_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort()));
        SuiteConfig config = SuiteConfig.fromEnvironment(env, root);
        Files.createDirectories(config.logs());

        Path file = home.resolve("bench-focus.csv");
        Instant generating = Instant.now();
        generate(file, rows);
        System.out.printf("generated %,d FOCUS rows (%,d MB) in %d s%n", rows, Files.size(file) >> 20,
                Duration.between(generating, Instant.now()).toSeconds());

        SuiteConfig.ServiceSpec ingestion = config.service("ingestion-service");
        try (SuiteDatabase database = SuiteDatabase.start(config, List.of("ingestion", "bench"))) {
            ServiceProcess service = ServiceProcess.start(config, ingestion, Map.of(
                    "QUARKUS_HTTP_PORT", Integer.toString(ingestion.port()),
                    "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl("ingestion"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres"),
                    serviceJvmOptions());
            try {
                service.awaitReady(Instant.now().plusSeconds(120));
                Path postmasterPid = home.resolve("postgres/data/postmaster.pid");
                double[] rawCpu = new double[2];
                double raw = rawCopy(database.jdbcUrl("bench"), file, rows, postmasterPid, rawCpu);
                // A running service has imported before: an earlier file of the same month (the measured one restates
                // it), a quarter of its size, warms the JIT (on a fresh JVM the C1/C2 threads took 2.3 of 15 CPU-s).
                // Its rate is printed: that is the freshly started service's. 0 measures a cold service.
                long warmUp = Long.getLong("bench.warm-up-rows", rows / 4);
                if (warmUp > 0) {
                    Path warmFile = home.resolve("bench-warm-up.csv");
                    generate(warmFile, warmUp, 7);
                    System.out.printf("warm-up import of %,d rows first (a freshly started service): %,.0f rows/s, not counted%n",
                            warmUp, apiImport(ingestion.url(), warmFile, warmUp));
                }
                HeapWatch heap = HeapWatch.start(service.pid());
                double[] apiCpu = {-cpu(ProcessHandle.of(service.pid()).stream()), -postgresCpu(postmasterPid)};
                ThreadCpu threadCpu = new ThreadCpu(service.pid());
                double api = apiImport(ingestion.url(), file, rows);
                apiCpu[0] += cpu(ProcessHandle.of(service.pid()).stream());
                String cpuByThread = threadCpu.stop();
                apiCpu[1] += postgresCpu(postmasterPid);
                long peakHeapMb = heap.stop() >> 10;
                List<Long> latencies = summaryLatencies(ingestion.url(), 30);
                double ratio = api / raw;
                System.out.printf("raw COPY into an unindexed text table: %,.0f rows/s%n", raw);
                System.out.printf("import through POST /v1/cost-imports:  %,.0f rows/s (service heap limit 256 MiB, peak used %d MiB)%n",
                        api, peakHeapMb);
                System.out.printf("CPU seconds: raw COPY PostgreSQL %.1f (wall %.1f); import service %.1f, PostgreSQL %.1f (wall %.1f)%n",
                        rawCpu[1], rows / raw, apiCpu[0], apiCpu[1], rows / api);
                if (!cpuByThread.isEmpty()) System.out.println("service CPU seconds by thread: " + cpuByThread);
                System.out.printf("cost summary over %,d rows (groupBy tag:business-unit,serviceCategory): p50 %d ms, p95 %d ms%n",
                        rows, latencies.get(latencies.size() / 2), latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1));
                Files.readAllLines(config.logs().resolve("ingestion-service.log")).stream()
                        .filter(l -> l.contains("Imported cost file")).forEach(l -> System.out.println("service: " + l.replaceFirst("^.*Imported", "Imported")));
                System.out.println("ratio " + BigDecimal.valueOf(ratio).setScale(2, RoundingMode.HALF_EVEN).toPlainString());
            } finally {
                service.stop();
            }
        }
        LocalMachine.deleteRecursively(home);
    }

    /**
     * Realistic rows: one month of hourly charges for 5,000 resources; as in provider exports a resource keeps its
     * SKU, account and tags (40 business units, 12 use cases, 90 cost centers). AI token SKUs, GPU hours, storage, seats.
     */
    static void generate(Path file, long rows) throws IOException {
        generate(file, rows, 42);
    }

    /** The same kind of rows from another seed: another file (another SHA-256) of the same accounts and month. */
    static void generate(Path file, long rows, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(700);
            for (long i = 0; i < rows; i++) {
                int resource = random.nextInt(5000);
                Sku sku = SKUS.get(resource % SKUS.size());
                int account = resource % 8;
                int day = 1 + random.nextInt(31);
                int hour = random.nextInt(24);
                String bu = "bu-" + resource % 40;
                BigDecimal quantity = BigDecimal.valueOf(random.nextInt(1_000_000), 3);
                BigDecimal cost = quantity.multiply(new BigDecimal(sku.price()));
                String start = String.format("2026-10-%02dT%02d:00:00Z", day, hour);
                String end = hour == 23 ? (day == 31 ? "2026-11-01T00:00:00Z" : String.format("2026-10-%02dT00:00:00Z", day + 1))
                        : String.format("2026-10-%02dT%02d:00:00Z", day, hour + 1);
                line.setLength(0);
                line.append("acct-").append(account).append(",Account ").append(account).append(",USD,")
                        .append("2026-10-01T00:00:00Z,2026-11-01T00:00:00Z,").append(start).append(',').append(end).append(',')
                        .append(sku.chargeCategory()).append(",,").append(sku.description()).append(',').append(sku.frequency()).append(',')
                        .append(cost.toPlainString()).append(',').append(cost.toPlainString()).append(',').append(cost.toPlainString()).append(',')
                        .append(cost.toPlainString()).append(',').append(sku.price()).append(',').append(sku.price()).append(',')
                        .append(quantity.toPlainString()).append(',').append(sku.unit()).append(',').append(quantity.toPlainString()).append(',')
                        .append(sku.unit()).append(",Standard,").append(sku.provider()).append(',').append(sku.provider()).append(',')
                        .append(sku.provider()).append(',').append(sku.category()).append(',').append(sku.service()).append(',')
                        .append(sku.sku()).append(',').append(sku.sku()).append("-2026,us-east-1,US East (N. Virginia),")
                        .append("res-").append(resource).append(",sub-").append(account).append(',')
                        .append("Team ").append(account).append(",\"{\"\"business-unit\"\": \"\"").append(bu)
                        .append("\"\", \"\"use-case\"\": \"\"uc-").append(resource % 12).append("\"\", \"\"environment\"\": \"\"prod\"\"}\",CC-")
                        .append(1000 + resource % 90).append('\n');
                out.append(line);
            }
        }
    }

    /** The service's heap limit and GC, plus -Dbench.service-jvm-options (e.g. a flight recording while profiling). */
    private static List<String> serviceJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:+UseSerialGC"));
        String extra = System.getProperty("bench.service-jvm-options", "").trim();
        if (!extra.isEmpty()) options.addAll(List.of(extra.split("\\s+")));
        return options;
    }

    /**
     * CPU clock ticks (1/100 s) of a process's threads by kind (JIT compilers, VM thread: the serial GC, the import's
     * parsing thread, request threads, ...), from /proc on Linux (nothing elsewhere). Sampled every 100 ms while the
     * import runs, so that a thread that ends (the parsing thread) still counts, up to its last 100 ms.
     */
    private static final class ThreadCpu {
        private final long pid;
        private final Map<String, Long> ticksByThread = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> before;
        private final Thread sampler;
        private volatile boolean running = true;

        ThreadCpu(long pid) {
            this.pid = pid;
            sample();
            before = Map.copyOf(ticksByThread);
            sampler = new Thread(() -> {
                while (running) {
                    sample();
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "thread-cpu");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample() {
            Path tasks = Path.of("/proc", Long.toString(pid), "task");
            if (!Files.isDirectory(tasks)) return;
            try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        ticksByThread.put(thread.getFileName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    } catch (IOException | RuntimeException ended) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        String stop() throws InterruptedException {
            running = false;
            sampler.interrupt();
            sampler.join();
            sample();
            Map<String, Long> byKind = new java.util.HashMap<>();
            ticksByThread.forEach((thread, ticks) -> {
                String name = thread.substring(thread.indexOf(' ') + 1);
                String kind = name.startsWith("C2 ") ? "JIT C2" : name.startsWith("C1 ") ? "JIT C1"
                        : name.startsWith("cost-import") ? "import parsing" : name.startsWith("executor-thread") ? "import request"
                        : name.startsWith("VM Thread") ? "VM (serial GC)" : name.startsWith("vert.x-eventloop") ? "HTTP event loop"
                        : name.replaceAll("[-_ ]?[0-9]+$", "");
                byKind.merge(kind, ticks - before.getOrDefault(thread, 0L), Long::sum);
            });
            StringBuilder text = new StringBuilder();
            byKind.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
                        if (text.length() > 0) text.append(", ");
                        text.append(e.getKey()).append(' ').append(String.format("%.1f", e.getValue() / 100.0));
                    });
            return text.toString();
        }
    }

    /** CPU time of processes (those still running: a process that has ended reports none). */
    private static double cpu(java.util.stream.Stream<ProcessHandle> processes) {
        return processes.mapToLong(p -> p.info().totalCpuDuration().map(Duration::toMillis).orElse(0L)).sum() / 1000.0;
    }

    /** CPU time of the postmaster and its processes (backends, WAL writer, checkpointer, ...). */
    private static double postgresCpu(Path postmasterPid) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(postmasterPid).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        return cpu(java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster), postmaster.descendants()));
    }

    /** Rows per second; cpu[0..1]: PostgreSQL's CPU seconds before and during the copy (read before the backend ends). */
    private static double rawCopy(String jdbcUrl, Path file, long rows, Path postmasterPid, double[] cpu) throws Exception {
        String[] columns = HEADER.split(",");
        StringBuilder ddl = new StringBuilder("create unlogged table if not exists raw_focus (");
        for (int i = 0; i < columns.length; i++) {
            ddl.append(i == 0 ? "" : ", ").append('"').append(columns[i]).append("\" text");
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                // a logged table, like cost_record: the comparison is about parsing and indexes, not WAL
                s.execute(ddl.toString().replace("unlogged ", "") + ")");
            }
            cpu[0] = postgresCpu(postmasterPid);
            Instant start = Instant.now();
            try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
                long copied = c.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY raw_focus FROM STDIN WITH (FORMAT csv, HEADER true)", in);
                if (copied != rows) throw new IllegalStateException("raw COPY stored " + copied + " rows, not " + rows);
            }
            double rate = rows / seconds(start);
            cpu[1] = postgresCpu(postmasterPid) - cpu[0];
            return rate;
        }
    }

    private static double apiImport(String url, Path file, long rows) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        Instant start = Instant.now();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/v1/cost-imports?fileName=bench.csv")).header("Authorization", authorization)
                .header("Content-Type", "text/csv").timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
        double rate = rows / seconds(start);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode imported = new ObjectMapper().readTree(response.body());
        if (imported.path("rowCount").asLong() != rows) {
            throw new IllegalStateException("import stored " + imported.path("rowCount") + " rows, not " + rows);
        }
        return rate;
    }

    private static List<Long> summaryLatencies(String url, int runs) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url
                + "/v1/costs/summary?billingPeriod=2026-10&groupBy=tag:business-unit,serviceCategory")).header("Authorization", authorization).GET().build();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs + 3; i++) {
            Instant start = Instant.now();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) throw new IllegalStateException("summary answered " + response.statusCode());
            if (i >= 3) millis.add(Duration.between(start, Instant.now()).toMillis()); // 3 warm-up calls
        }
        Collections.sort(millis);
        return millis;
    }

    private static double seconds(Instant start) {
        return Math.max(1, Duration.between(start, Instant.now()).toMillis()) / 1000.0;
    }
}
