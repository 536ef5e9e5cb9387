package org.chargeback.deploy.bench;

import org.chargeback.deploy.SuiteKeys;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code deploy/suite bench usage [events]}: posts the events as NDJSON in batches through
 * {@code POST /v1/usage-events} of a running ingestion-service, then COPYs the same events into an unindexed table
 * of the same PostgreSQL, and prints both rates, the service's peak used heap while posting (jstat), the summary
 * latency over the month, and {@code ratio <api/copy>}. System properties {@code bench.clients}, {@code bench.batch}
 * and {@code bench.one-request} (see {@code deploy/suite}) change the posting.
 * <p>
 * Usage: {@code UsageBenchmark <ingestion url> <jdbc url of its database> [events]}, or {@code --free-ports} to print
 * four free TCP ports for the launcher.
 */
public final class UsageBenchmark {

    /** Every call as admin, with a token of the benchmark suite's key pair ($SUITE_HOME); set by main. */
    private static String AUTHORIZATION;

    static final int BATCH = Integer.getInteger("bench.batch", 10_000);
    // Parallel posting keeps both the service's parsing and PostgreSQL busy while a client builds its next batch.
    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    /**
     * Events posted before the timed run, to another month (2029-12): one minute of the firehose the service is built
     * for (a million events a minute), as a running service has seen. The first seconds of a fresh JVM go to compiling
     * its hot code (C1/C2 threads used as much CPU as the request threads in the first third of a cold 3M-event run);
     * the warm-up's own rate is printed, so the cold figure is in every run. 0 measures a cold service.
     */
    static final long WARMUP = Long.getLong("bench.warmup", 1_000_000);
    static final String WARMUP_MONTH = "2029-12";
    /** Events to post in one streamed request after the batches (0: none), to see the heap a huge request takes. */
    static final long ONE_REQUEST = Long.getLong("bench.one-request", 0);
    static final String MONTH = "2030-01";
    private static final String[] BUSINESS_UNITS = {"customer-support", "legal", "marketing", "sales", "finance"};
    private static final String[] USE_CASES = {"support-bot", "contract-review", "campaign-copy"};
    private static final String[] PRODUCTS = {"support-resolution", "document-summary"};
    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final String runId = Long.toString(System.currentTimeMillis(), 36);

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("--free-ports")) {
            System.out.println(freePorts(4));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: UsageBenchmark <ingestion url> <jdbc url> [events]");
            System.exit(2);
        }
        long events = args.length > 2 ? Long.parseLong(args[2].replace("_", "")) : 1_000_000;
        AUTHORIZATION = SuiteKeys.adminAuthorization();
        new UsageBenchmark().run(URI.create(args[0]), args[1], events);
    }

    private void run(URI ingestion, String jdbcUrl, long events) throws Exception {
        System.out.printf(Locale.ROOT, "usage benchmark: %,d events, NDJSON batches of %,d, %d parallel clients%n",
                events, BATCH, CLIENTS);
        HeapWatch heap = HeapWatch.start(ingestionPid());
        if (WARMUP > 0) {
            double warm = postThroughApi(ingestion, WARMUP, "warm-" + runId + "-", WARMUP_MONTH);
            System.out.printf(Locale.ROOT, "warm-up: %,d events to %s at %.0f events/s (a freshly started service),"
                    + " not counted%n", WARMUP, WARMUP_MONTH, warm);
        }
        double api = postThroughApi(ingestion, events, "bench-" + runId + "-", MONTH);
        System.out.printf(Locale.ROOT, "api:  %,d events posted and accepted at %.0f events/s%n", events, api);
        System.out.printf(Locale.ROOT, "service heap while posting batches: peak used %d MiB%n", heap.stop() >> 10);
        if (ONE_REQUEST > 0) {
            postInOneRequest(ingestion, events, ONE_REQUEST);
        }
        double copy = copyRaw(jdbcUrl, events);
        summaryLatency(ingestion);
        System.out.printf(Locale.ROOT, "api  %.0f events/s%n", api);
        System.out.printf(Locale.ROOT, "copy %.0f events/s%n", copy);
        System.out.printf(Locale.ROOT, "ratio %.2f%n", api / copy);
    }

    /**
     * Appends the i-th event as an NDJSON line. Generating events must cost little next to ingesting them: the
     * client shares the machine with the service and PostgreSQL, and the raw COPY is timed with the same generator.
     */
    private static void ndjson(long i, String idPrefix, String month, Ascii out) {
        out.append("{\"eventId\":\"").append(idPrefix).append(i)
                .append("\",\"businessUnit\":\"").append(BUSINESS_UNITS[(int) (i % 5)])
                .append("\",\"useCase\":\"").append(USE_CASES[(int) (i % 3)])
                .append("\",\"product\":\"").append(PRODUCTS[(int) (i % 2)])
                .append("\",\"quantity\":1,\"occurredAt\":\"");
        occurredAt(i, month, out);
        out.append("\",\"attributes\":{\"model\":\"gpt-4o-mini\",\"channel\":\"chat\",\"tokensIn\":").append(1000 + i % 500)
                .append(",\"tokensOut\":").append(200 + i % 300).append("}}\n");
    }

    /** Appends the same event as a COPY text line (tab separated). */
    private void copyLine(long i, Ascii out) {
        out.append("bench-").append(runId).append('-').append(i).append('\t').append(BUSINESS_UNITS[(int) (i % 5)])
                .append('\t').append(USE_CASES[(int) (i % 3)]).append('\t').append(PRODUCTS[(int) (i % 2)]).append("\t1\t");
        occurredAt(i, MONTH, out);
        out.append("\t{\"model\":\"gpt-4o-mini\",\"channel\":\"chat\",\"tokensIn\":").append(1000 + i % 500)
                .append(",\"tokensOut\":").append(200 + i % 300).append("}\n");
    }

    /** One event a second through the month, wrapping after 31 days: yyyy-MM-ddTHH:mm:ssZ. */
    private static void occurredAt(long i, String month, Ascii out) {
        long second = i % (31L * 86_400);
        out.append(month).append('-');
        twoDigits(1 + second / 86_400, out);
        out.append('T');
        twoDigits((second / 3600) % 24, out);
        out.append(':');
        twoDigits((second / 60) % 60, out);
        out.append(':');
        twoDigits(second % 60, out);
        out.append('Z');
    }

    private static void twoDigits(long value, Ascii out) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** Posts events 0..events-1 with ids idPrefix + i in the month; answers events/s. */
    private static double postThroughApi(URI ingestion, long events, String idPrefix, String month) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        URI endpoint = ingestion.resolve("/v1/usage-events");
        AtomicLong nextBatch = new AtomicLong();
        long batches = (events + BATCH - 1) / BATCH;
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<Long>> accepted = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            accepted.add(clients.submit(() -> {
                long sum = 0;
                long batch;
                Ascii body = new Ascii(BATCH * 260);
                while ((batch = nextBatch.getAndIncrement()) < batches) {
                    body.clear();
                    for (long i = batch * BATCH; i < Math.min(events, (batch + 1) * BATCH); i++) {
                        ndjson(i, idPrefix, month, body);
                    }
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint).header("Authorization", AUTHORIZATION)
                                    .header("Content-Type", "application/x-ndjson")
                                    .timeout(Duration.ofMinutes(5))
                                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes, 0, body.length))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    Matcher m = ACCEPTED.matcher(response.body());
                    if (response.statusCode() != 200 || !m.find()) {
                        throw new IllegalStateException("batch " + batch + ": HTTP " + response.statusCode() + " "
                                + response.body());
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
            throw new IllegalStateException("the API accepted " + total + " of " + events + " events");
        }
        return events / seconds;
    }

    /** Posts events [from, from + count) as one NDJSON body streamed while it is generated. */
    private void postInOneRequest(URI ingestion, long from, long count) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HeapWatch heap = HeapWatch.start(ingestionPid());
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(ingestion.resolve("/v1/usage-events")).header("Authorization", AUTHORIZATION)
                        .header("Content-Type", "application/x-ndjson")
                        .timeout(Duration.ofMinutes(30))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new Enumeration<>() {
                            private long next = from;

                            @Override
                            public boolean hasMoreElements() {
                                return next < from + count;
                            }

                            @Override
                            public InputStream nextElement() {
                                Ascii chunk = new Ascii(1000 * 260);
                                for (long end = Math.min(from + count, next + 1000); next < end; next++) {
                                    ndjson(next, "bench-" + runId + "-", MONTH, chunk);
                                }
                                return new ByteArrayInputStream(chunk.bytes, 0, chunk.length);
                            }
                        })))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakMb = heap.stop() >> 10;
        Matcher m = ACCEPTED.matcher(response.body());
        if (response.statusCode() != 200 || !m.find() || Long.parseLong(m.group(1)) != count) {
            throw new IllegalStateException("one request: HTTP " + response.statusCode() + " " + response.body());
        }
        System.out.printf(Locale.ROOT, "one request: %,d events posted and accepted in %.1f s, service heap peak used %d MiB%n",
                count, seconds, peakMb);
    }

    /** The ingestion-service of the bench suite: the java process started with its jar and the suite's tmp dir. */
    private static long ingestionPid() {
        String home = System.getenv("SUITE_HOME");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains("ingestion-service")
                        && line.contains("quarkus-run.jar") && (home == null || line.contains(home))).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    private double copyRaw(String jdbcUrl, long events) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_usage_raw");
                s.execute("""
                        create table bench_usage_raw (event_id text, business_unit text, use_case text, product text,
                            quantity numeric, occurred_at timestamptz, attributes jsonb)""");
            }
            long start = System.nanoTime();
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_usage_raw FROM STDIN");
            Ascii chunk = new Ascii(1 << 20);
            for (long i = 0; i < events; i++) {
                copyLine(i, chunk);
                if (chunk.length > (1 << 20) - 512) {
                    copy.writeToCopy(chunk.bytes, 0, chunk.length);
                    chunk.clear();
                }
            }
            copy.writeToCopy(chunk.bytes, 0, chunk.length);
            long rows = copy.endCopy();
            double seconds = (System.nanoTime() - start) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_usage_raw");
            }
            System.out.printf(Locale.ROOT, "copy: %,d events copied into an unindexed table in %.1f s%n", rows, seconds);
            return rows / seconds;
        }
    }

    private static void summaryLatency(URI ingestion) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI summary = ingestion.resolve("/v1/usage/summary?month=" + MONTH + "&groupBy=businessUnit,useCase,product,day");
        long[] millis = new long[100];
        String body = "";
        for (int k = -10; k < millis.length; k++) { // 10 warm-up requests
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(summary).header("Authorization", AUTHORIZATION).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("summary: HTTP " + response.statusCode() + " " + response.body());
            }
            body = response.body();
            if (k >= 0) {
                millis[k] = (System.nanoTime() - start) / 1_000_000;
            }
        }
        Arrays.sort(millis);
        Matcher count = Pattern.compile("\"totals\":\\{[^}]*\"eventCount\":(\\d+)").matcher(body);
        System.out.printf(Locale.ROOT, "summary groupBy=businessUnit,useCase,product,day over %s events: p50 %d ms, p95 %d ms%n",
                count.find() ? count.group(1) : "?", millis[49], millis[94]);
    }

    /**
     * The bytes of generated events (ASCII only): both the API's request bodies and the raw COPY are written straight
     * into one, without a String and its UTF-8 copy, so generating costs little of the CPU the service needs.
     */
    private static final class Ascii {
        byte[] bytes;
        int length;

        Ascii(int capacity) {
            bytes = new byte[capacity];
        }

        void clear() {
            length = 0;
        }

        Ascii append(char ch) {
            if (length == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[length++] = (byte) ch;
            return this;
        }

        Ascii append(String text) {
            if (length + text.length() > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + text.length()));
            }
            for (int i = 0; i < text.length(); i++) {
                bytes[length++] = (byte) text.charAt(i); // ASCII: one byte a char
            }
            return this;
        }

        Ascii append(long value) {
            return append(Long.toString(value));
        }
    }

    private static String freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        StringBuilder ports = new StringBuilder();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.append(i == 0 ? "" : " ").append(socket.getLocalPort());
            }
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
        return ports.toString();
    }
}
