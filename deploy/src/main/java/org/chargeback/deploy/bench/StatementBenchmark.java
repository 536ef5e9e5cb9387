package org.chargeback.deploy.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chargeback.deploy.SuiteKeys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/suite bench statements [costRows] [usageEvents]}: the statement run of a big month against one
 * hand-written SQL aggregate over the same rows, in the same run. Loads the {@link StatementWorld} company into a
 * running suite through the public APIs (price book, business units and use cases, 30 allocation rules, a FOCUS 1.2
 * file of {@code costRows} rows streamed to {@code POST /v1/cost-imports}, {@code usageEvents} usage events as NDJSON
 * batches), then times {@code POST /v1/statement-runs} and the aggregate three times each, interleaved, and prints
 * both, the run's details and reconciliation, and {@code ratio <run / aggregate>} (medians; goal: at most 1.25).
 * <p>
 * Usage: {@code StatementBenchmark <ingestion url> <pricing url> <chargeback url> <jdbc url prefix> [costRows]
 * [usageEvents]}; the jdbc prefix ends with '/' and gets the database name appended. {@code -Dbench.explain=true}
 * (in BENCH_OPTS) also prints PostgreSQL's plan of the aggregate.
 */
public final class StatementBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int ROUNDS = 3;
    private static final int USAGE_BATCH = 10_000;
    private static final int USAGE_CLIENTS = 4;
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");
    /**
     * The month's rows, summed as a person would by hand: per business unit tag and service category, the rows of
     * each scope's current revision. Written as a semi-join: as a join on the three key columns PostgreSQL multiplies
     * their selectivities, expects one row, sorts 5 million on disk and took 27-38 s instead of a few.
     */
    static final String COST_AGGREGATE = """
            select r.tags::jsonb ->> 'business-unit', r.service_category, sum(r.billed_cost), sum(r.effective_cost), count(*)
            from cost_record r
            where r.billing_period_start >= timestamptz '2026-09-01 00:00:00Z'
              and r.billing_period_start < timestamptz '2026-10-01 00:00:00Z'
              and (r.import_id, r.billing_account_id, r.billing_period_start) in (
                  select s.import_id, s.billing_account_id, s.billing_period_start from cost_scope_revision s
                  where s.valid_to is null)
            group by 1, 2""";
    /** Per business unit, use case and product: quantity and events of the month, retracted events left out. */
    static final String USAGE_AGGREGATE = """
            select business_unit, use_case, product, sum(quantity), count(*)
            from usage_event
            where occurred_at >= timestamptz '2026-09-01 00:00:00Z' and occurred_at < timestamptz '2026-10-01 00:00:00Z'
              and retracted_at is null
            group by 1, 2, 3""";

    /** Every call as admin, with a token of the benchmark suite's key pair ($SUITE_HOME). */
    private static final String AUTHORIZATION = SuiteKeys.adminAuthorization();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI ingestion;
    private final URI pricing;
    private final URI chargeback;
    private final String jdbcPrefix;
    private final StatementWorld world = new StatementWorld();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    private StatementBenchmark(URI ingestion, URI pricing, URI chargeback, String jdbcPrefix) {
        this.ingestion = ingestion;
        this.pricing = pricing;
        this.chargeback = chargeback;
        this.jdbcPrefix = jdbcPrefix;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: StatementBenchmark <ingestion url> <pricing url> <chargeback url> <jdbc url prefix> [costRows] [usageEvents]");
            System.exit(2);
        }
        long costRows = args.length > 4 ? Long.parseLong(args[4].replace("_", "")) : 5_000_000;
        long usageEvents = args.length > 5 ? Long.parseLong(args[5].replace("_", "")) : 5_000_000;
        new StatementBenchmark(URI.create(args[0]), URI.create(args[1]), URI.create(args[2]), args[3])
                .run(costRows, usageEvents);
    }

    private void run(long costRows, long usageEvents) throws Exception {
        System.out.printf(Locale.ROOT, "statement benchmark: %s, %d business units, %,d cost rows, %,d usage events%n",
                StatementWorld.MONTH, StatementWorld.BUSINESS_UNITS, costRows, usageEvents);
        System.out.println("load average at start: " + loadAverage());
        registerPriceBook();
        registerBusinessUnits();
        int rules = createRules();
        importCosts(costRows);
        postUsage(usageEvents);

        settle();
        long[] runMillis = new long[ROUNDS];
        long[] aggregateMillis = new long[ROUNDS];
        long[][] aggregateParts = new long[ROUNDS][];
        JsonNode lastRun = null;
        HeapWatch heap = HeapWatch.start(servicePid("chargeback-service"));
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            lastRun = runStatements();
            runMillis[round] = (System.nanoTime() - start) / 1_000_000;
            aggregateParts[round] = aggregate();
            aggregateMillis[round] = aggregateParts[round][0] + aggregateParts[round][1];
        }
        long peakHeapMb = heap.stop() >> 10;
        long run = median(runMillis);
        long aggregate = median(aggregateMillis);

        System.out.printf(Locale.ROOT, "statement run  %d ms (median of %d: %s ms; POST /v1/statement-runs, 201; chargeback-service peak used heap %d MiB)%n",
                run, ROUNDS, joined(runMillis), peakHeapMb);
        StringBuilder parts = new StringBuilder();
        for (long[] p : aggregateParts) {
            parts.append(parts.isEmpty() ? "" : ", ").append(p[0] + p[1]).append(" = ").append(p[0]).append(" + ").append(p[1]);
        }
        System.out.printf(Locale.ROOT, "sql aggregate  %d ms (median of %d: %s ms = costs by business-unit tag and service category + usage by business unit, use case, product)%n",
                aggregate, ROUNDS, parts);
        details(lastRun, rules);
        phases();
        if (Boolean.getBoolean("bench.explain")) {
            explainAggregate();
        }
        System.out.println("load average at end: " + loadAverage());
        System.out.println("ratio " + BigDecimal.valueOf(run).divide(BigDecimal.valueOf(Math.max(1, aggregate)), 2, RoundingMode.HALF_EVEN).toPlainString());
    }

    // ---- loading ---------------------------------------------------------------------------------------------------

    private void registerPriceBook() throws Exception {
        for (StatementWorld.Product product : StatementWorld.PRODUCTS) {
            send(post(pricing, "/v1/products", "{\"code\": \"" + product.code() + "\", \"name\": \"" + product.name()
                    + "\", \"unit\": \"" + product.unit() + "\", \"owningTeam\": \"platform-ai\"}"), 201);
            send(post(pricing, "/v1/products/" + product.code() + "/prices", "{\"model\": \"" + product.model() + "\", "
                    + product.priceJson() + ", \"currency\": \"USD\", \"effectiveFrom\": \"2026-01-01\", "
                    + "\"reason\": \"FY26 price\", \"changedBy\": \"statement-benchmark\"}"), 201);
        }
        System.out.printf(Locale.ROOT, "price book: %d products with flat, graduated and volume prices%n", StatementWorld.PRODUCTS.size());
    }

    private void registerBusinessUnits() throws Exception {
        for (int b = 0; b < StatementWorld.BUSINESS_UNITS; b++) {
            String code = world.businessUnits.get(b);
            send(post(chargeback, "/v1/business-units", "{\"code\": \"" + code + "\", \"name\": \"Business unit " + b
                    + "\", \"costCenter\": \"CC-" + (4000 + b) + "\", \"ownerContact\": \"" + code + "@example.com\"}"), 201);
            for (StatementWorld.Product product : StatementWorld.productsOf(b)) {
                send(post(chargeback, "/v1/business-units/" + code + "/use-cases", "{\"code\": \"" + product.useCase()
                        + "\", \"name\": \"" + product.name() + "\", \"product\": \"" + product.code() + "\"}"), 201);
            }
        }
        System.out.printf(Locale.ROOT, "business units: %d registered with 3 use cases each%n", StatementWorld.BUSINESS_UNITS);
    }

    /** Creates the rules; returns how many, or 0 when this chargeback-service has no allocation rules yet (404/405). */
    private int createRules() throws Exception {
        int created = 0;
        for (String rule : world.rules()) {
            HttpResponse<String> response = http.send(post(chargeback, "/v1/allocation-rules", rule).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created == 0 && (response.statusCode() == 404 || response.statusCode() == 405)) {
                System.out.println("allocation rules: POST /v1/allocation-rules answered " + response.statusCode()
                        + ": this chargeback-service has no rules yet, the runs allocate by the business-unit tag only");
                return 0;
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("allocation rule " + rule + " answered " + response.statusCode() + ": " + response.body());
            }
            created++;
        }
        System.out.printf(Locale.ROOT, "allocation rules: %d (20 DIRECT, 5 shared: EVEN, FIXED, 2x USAGE_UNITS, CHARGEBACK_AMOUNT; 5 NONE setting categories)%n", created);
        return created;
    }

    /** Streams the generated FOCUS file into one import: nothing is written to disk on the client side. */
    private void importCosts(long rows) throws Exception {
        StatementWorld.CostRows generator = world.new CostRows(42);
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(ingestion.resolve("/v1/cost-imports?fileName=statement-bench-2026-09.csv")).header("Authorization", AUTHORIZATION)
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofHours(2))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new Enumeration<>() {
                            private long next = -1; // -1: the header

                            @Override
                            public boolean hasMoreElements() {
                                return next < rows;
                            }

                            @Override
                            public InputStream nextElement() {
                                StringBuilder chunk = new StringBuilder(1 << 20);
                                if (next < 0) {
                                    chunk.append(StatementWorld.HEADER).append('\n');
                                    next = 0;
                                }
                                for (long end = Math.min(rows, next + 2000); next < end; next++) {
                                    generator.next(chunk);
                                }
                                return new ByteArrayInputStream(chunk.toString().getBytes(StandardCharsets.UTF_8));
                            }
                        })))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (response.statusCode() != 201) {
            throw new IllegalStateException("cost import answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode imported = JSON.readTree(response.body());
        if (imported.path("rowCount").asLong() != rows) {
            throw new IllegalStateException("cost import stored " + imported.path("rowCount") + " rows, not " + rows);
        }
        BigDecimal stored = imported.path("totals").get(0).path("billedCost").decimalValue();
        if (stored.compareTo(generator.billedTotal()) != 0) {
            throw new IllegalStateException("cost import BilledCost " + stored + " differs from the generated " + generator.billedTotal());
        }
        System.out.printf(Locale.ROOT, "costs: %,d FOCUS %s rows imported in %.0f s (%,.0f rows/s), %.1f %% with the business-unit tag, BilledCost %s USD, %d warning kind(s)%n",
                rows, imported.path("focusVersion").asText(), seconds, rows / seconds,
                100.0 * generator.taggedRows() / Math.max(1, rows), generator.billedTotal().toPlainString(),
                imported.path("warnings").size());
    }

    private void postUsage(long events) throws Exception {
        URI endpoint = ingestion.resolve("/v1/usage-events");
        AtomicLong nextBatch = new AtomicLong();
        long batches = (events + USAGE_BATCH - 1) / USAGE_BATCH;
        ExecutorService clients = Executors.newFixedThreadPool(USAGE_CLIENTS);
        long start = System.nanoTime();
        List<Future<Long>> accepted = new ArrayList<>();
        for (int c = 0; c < USAGE_CLIENTS; c++) {
            accepted.add(clients.submit(() -> {
                long sum = 0;
                long batch;
                StringBuilder body = new StringBuilder(USAGE_BATCH * 230);
                while ((batch = nextBatch.getAndIncrement()) < batches) {
                    body.setLength(0);
                    for (long i = batch * USAGE_BATCH; i < Math.min(events, (batch + 1) * USAGE_BATCH); i++) {
                        StatementWorld.usageEvent(runId, i, body);
                    }
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).header("Authorization", AUTHORIZATION)
                            .header("Content-Type", "application/x-ndjson").timeout(Duration.ofMinutes(5))
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = ACCEPTED.matcher(response.body());
                    if (response.statusCode() != 200 || !m.find()) {
                        throw new IllegalStateException("usage batch " + batch + ": HTTP " + response.statusCode() + " " + response.body());
                    }
                    sum += Long.parseLong(m.group(1));
                }
                return sum;
            }));
        }
        long total = 0;
        for (Future<Long> f : accepted) {
            total += f.get();
        }
        clients.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (total != events) {
            throw new IllegalStateException("the API accepted " + total + " of " + events + " usage events");
        }
        System.out.printf(Locale.ROOT, "usage: %,d events posted in %.0f s (%,.0f events/s), %d business units x 3 use cases, %d products%n",
                events, seconds, events / seconds, StatementWorld.BUSINESS_UNITS, StatementWorld.PRODUCTS.size());
    }

    // ---- measuring -------------------------------------------------------------------------------------------------

    private JsonNode runStatements() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(chargeback.resolve("/v1/statement-runs")).header("Authorization", AUTHORIZATION)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"month\": \"" + StatementWorld.MONTH + "\"}")), 201);
        return JSON.readTree(response.body());
    }

    /**
     * After a bulk load PostgreSQL has no statistics of the new rows yet and the first reads of each page write its
     * hint bits; autovacuum would do both at some moment during the measurements. Done here once, before them, so
     * that both the run and the aggregate read a settled database. Not measured.
     */
    private void settle() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(jdbcPrefix + "ingestion", "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) cost_record, cost_scope_revision, cost_daily_rollup, usage_event, usage_daily_rollup");
        }
        System.out.printf(Locale.ROOT, "settled: vacuum (analyze) of the ingestion tables in %.0f s (not measured)%n",
                (System.nanoTime() - start) / 1e9);
    }

    /** Runs both aggregate statements on one connection to the ingestion database; answers {costs ms, usage ms}. */
    private long[] aggregate() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcPrefix + "ingestion", "postgres", "postgres");
             Statement s = c.createStatement()) {
            long[] millis = new long[2];
            String[] queries = {COST_AGGREGATE, USAGE_AGGREGATE};
            for (int q = 0; q < queries.length; q++) {
                long start = System.nanoTime();
                try (ResultSet rs = s.executeQuery(queries[q])) {
                    while (rs.next()) {
                        rs.getString(1);
                        rs.getBigDecimal(4);
                    }
                }
                millis[q] = (System.nanoTime() - start) / 1_000_000;
            }
            return millis;
        }
    }

    /** What the run did: statements, lines, lineage rows, reconciliation; and what the aggregate found. */
    private void details(JsonNode run, int rules) throws SQLException {
        String id = run.path("id").asText();
        long statements = run.path("statements").size();
        long lines;
        long sources;
        long usageRows;
        try (Connection c = DriverManager.getConnection(jdbcPrefix + "chargeback", "postgres", "postgres")) {
            lines = count(c, "select count(*) from statement_line l join statement s on s.id = l.statement_id where s.run_id = ?::uuid", id);
            sources = count(c, "select count(*) from statement_line_source l join statement s on s.id = l.statement_id where s.run_id = ?::uuid", id);
            usageRows = count(c, "select count(*) from statement_usage u join statement s on s.id = u.statement_id where s.run_id = ?::uuid", id);
        }
        long costGroups;
        long costRows;
        long usageGroups;
        long usageEvents;
        try (Connection c = DriverManager.getConnection(jdbcPrefix + "ingestion", "postgres", "postgres");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*), sum(n) from (" + COST_AGGREGATE.replace("count(*)", "count(*) n") + ") a")) {
                rs.next();
                costGroups = rs.getLong(1);
                costRows = rs.getLong(2);
            }
            try (ResultSet rs = s.executeQuery("select count(*), sum(n) from (" + USAGE_AGGREGATE.replace("count(*)", "count(*) n") + ") a")) {
                rs.next();
                usageGroups = rs.getLong(1);
                usageEvents = rs.getLong(2);
            }
        }
        System.out.printf(Locale.ROOT, "run %s: %d statements, %,d lines, %,d line sources (lineage), %,d usage rows; %d allocation rules in force%n",
                id, statements, lines, sources, usageRows, rules);
        System.out.printf(Locale.ROOT, "aggregate: %,d cost rows in %,d groups, %,d usage events in %,d groups%n",
                costRows, costGroups, usageEvents, usageGroups);
        JsonNode r = run.path("reconciliation");
        System.out.println("reconciliation: balanced " + (r.has("balanced") ? r.path("balanced") : r.path("reconciled")).asText() + ", " + compact(r));
    }

    /**
     * The run's upstream calls, each timed alone after the runs: the cost summary grouped as the run groups it, the
     * usage summary, and the batch quote of every business unit and product. The rest of the run is chargeback's own
     * work (allocation, planning, storing).
     */
    private void phases() throws Exception {
        Set<String> dimensions = new LinkedHashSet<>(List.of("billingAccountId", "subAccountId", "serviceCategory",
                "serviceName", "chargeCategory", "publisherName", "skuId", "tag:" + StatementWorld.BUSINESS_UNIT_TAG));
        Matcher m = Pattern.compile("\"dimension\": \"([^\"]+)\"").matcher(String.join(" ", world.rules()));
        while (m.find()) {
            dimensions.add(m.group(1));
        }
        long start = System.nanoTime();
        JsonNode costs = JSON.readTree(send(HttpRequest.newBuilder(ingestion.resolve("/v1/costs/summary?billingPeriod="
                + StatementWorld.MONTH + "&groupBy=" + String.join(",", dimensions))).header("Authorization", AUTHORIZATION).GET(), 200).body());
        long costMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        JsonNode usage = JSON.readTree(send(HttpRequest.newBuilder(ingestion.resolve("/v1/usage/summary?month="
                + StatementWorld.MONTH + "&groupBy=businessUnit,useCase,product")).header("Authorization", AUTHORIZATION).GET(), 200).body());
        long usageMillis = (System.nanoTime() - start) / 1_000_000;
        ObjectNode quote = JSON.createObjectNode();
        ArrayNode items = quote.putArray("items");
        for (JsonNode group : usage.path("groups")) {
            items.addObject().put("businessUnit", group.path("dimensions").path("businessUnit").asText())
                    .put("product", group.path("dimensions").path("product").asText())
                    .put("quantity", group.path("quantity").decimalValue()).put("month", StatementWorld.MONTH);
        }
        start = System.nanoTime();
        send(post(pricing, "/v1/quotes", JSON.writeValueAsString(quote)), 200);
        long quoteMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "upstream calls alone: cost summary by %d dimensions %d ms (%,d groups), usage summary %d ms (%d groups), quotes %d ms (%d items)%n",
                dimensions.size(), costMillis, costs.path("groups").size(), usageMillis, usage.path("groups").size(),
                quoteMillis, items.size());
        Path log = Path.of(System.getenv().getOrDefault("SUITE_HOME", "."), "logs", "chargeback-service.log");
        if (Files.exists(log)) {
            Files.readAllLines(log).stream().filter(l -> l.contains("Statement run ")).reduce((a, b) -> b)
                    .ifPresent(l -> System.out.println("service: " + l.replaceFirst("^.*Statement run ", "Statement run ")));
        }
    }

    /** With -Dbench.explain=true: PostgreSQL's plan and timing of both aggregate statements. */
    private void explainAggregate() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcPrefix + "ingestion", "postgres", "postgres");
             Statement s = c.createStatement()) {
            for (String query : List.of(COST_AGGREGATE, USAGE_AGGREGATE)) {
                try (ResultSet rs = s.executeQuery("explain (analyze, buffers) " + query)) {
                    while (rs.next()) {
                        System.out.println("  plan: " + rs.getString(1));
                    }
                }
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static long count(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String compact(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (IOException e) {
            return node.toString();
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String joined(long[] values) {
        StringBuilder b = new StringBuilder();
        for (long v : values) {
            b.append(b.isEmpty() ? "" : ", ").append(v);
        }
        return b.toString();
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (" + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A service process of the bench suite: the java process started with its jar and this SUITE_HOME. */
    private static long servicePid(String service) {
        String home = System.getenv("SUITE_HOME");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(service) && line.contains("quarkus-run.jar")
                        && (home == null || line.contains(home))).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    private static HttpRequest.Builder post(URI base, String path, String json) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", AUTHORIZATION).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
        HttpRequest built = request.header("Accept", "application/json").build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
