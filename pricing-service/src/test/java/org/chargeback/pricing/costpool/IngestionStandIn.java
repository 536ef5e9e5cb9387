package org.chargeback.pricing.costpool;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for ingestion-service: it answers {@code GET /v1/costs/summary} and
 * {@code GET /v1/usage/summary} with the JSON a test registered for the month, in ingestion's shape
 * ({@code CostSummaryView}, {@code UsageSummaryView}); a month nobody registered answers 500 as a failing ingestion
 * would. Each test uses its own month, so tests do not see each other's answers.
 */
public class IngestionStandIn implements QuarkusTestResourceLifecycleManager {

    /** Cost summary body per billing period (YYYY-MM). */
    static final Map<String, String> COST_SUMMARIES = new ConcurrentHashMap<>();
    /** Usage summary body per month (YYYY-MM). */
    static final Map<String, String> USAGE_SUMMARIES = new ConcurrentHashMap<>();
    /** Decoded path + query of every request received, in order. */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
        return Map.of("quarkus.rest-client.ingestion.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** A cost summary grouped by {@code tag:KEY}: each group is {value (null = untagged), currency, effectiveCost}. */
    static String costSummary(String month, String tagKey, String... groups) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < groups.length; i += 3) {
            String value = groups[i] == null ? "null" : "\"" + groups[i] + "\"";
            json.append(json.isEmpty() ? "" : ",").append("""
                    {"dimensions": {"tag:%s": %s}, "billingCurrency": "%s", "billedCost": %s, "effectiveCost": %s,
                     "listCost": %s, "contractedCost": %s, "consumedQuantity": 1, "rowCount": 3}
                    """.formatted(tagKey, value, groups[i + 1], groups[i + 2], groups[i + 2], groups[i + 2],
                    groups[i + 2]));
        }
        return """
                {"billingPeriod": "%s", "asOf": null, "groupBy": ["tag:%s"], "filters": {}, "groups": [%s],
                 "totals": []}
                """.formatted(month, tagKey, json);
    }

    /** A usage summary grouped by product: pairs of (product, quantity). */
    static String usageSummary(String month, String... productQuantities) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < productQuantities.length; i += 2) {
            json.append(json.isEmpty() ? "" : ",").append("""
                    {"dimensions": {"product": "%s"}, "quantity": %s, "eventCount": 30}
                    """.formatted(productQuantities[i], productQuantities[i + 1]));
        }
        return """
                {"month": "%s", "groupBy": ["product"], "groups": [%s], "totals": {"quantity": 0, "eventCount": 0},
                 "unmatched": [], "productsChecked": true}
                """.formatted(month, json);
    }

    static long requestsFor(String pathAndQueryStart) {
        return REQUESTS.stream().filter(r -> r.startsWith(pathAndQueryStart)).count();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(path + "?" + query);
        Map<String, String> params = new ConcurrentHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        String body = null;
        if (path.equals("/v1/costs/summary") && params.containsKey("billingPeriod")) {
            body = COST_SUMMARIES.get(params.get("billingPeriod"));
        } else if (path.equals("/v1/usage/summary") && params.containsKey("month")) {
            body = USAGE_SUMMARIES.get(params.get("month"));
        }
        if (body == null) {
            respond(exchange, 500, "application/problem+json",
                    "{\"type\": \"/problems/internal\", \"status\": 500, \"title\": \"Internal error\"}");
        } else {
            respond(exchange, 200, "application/json", body);
        }
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
