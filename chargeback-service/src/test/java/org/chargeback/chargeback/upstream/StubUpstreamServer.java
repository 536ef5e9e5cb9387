package org.chargeback.chargeback.upstream;

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
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server answering like ingestion-service and pricing-service do (JSON exactly as docs/CONTRACTS.md
 * shows it), so the REST clients' URLs, query encoding and JSON reading are tested end to end, without the mocks.
 * Month 2024-01 has data; any other month answers 500.
 */
public class StubUpstreamServer implements QuarkusTestResourceLifecycleManager {

    /** Decoded path + query of every request received, in order. */
    static final List<String> REQUESTS = new CopyOnWriteArrayList<>();

    static final String COST_SUMMARY = """
            {"billingPeriod": "2024-01", "groupBy": ["tag:business-unit", "serviceCategory"],
             "groups": [
               {"dimensions": {"tag:business-unit": "support", "serviceCategory": "AI and Machine Learning"},
                "billingCurrency": "USD", "billedCost": 12.3456789012345678, "effectiveCost": 12.30, "rowCount": 4},
               {"dimensions": {"tag:business-unit": null, "serviceCategory": "Compute"},
                "billingCurrency": "USD", "billedCost": 0.0000001, "effectiveCost": 0.0000001, "rowCount": 1}],
             "totals": [{"billingCurrency": "USD", "billedCost": 12.3456790012345678, "effectiveCost": 12.3000001,
                         "rowCount": 5}]}
            """;

    static final String USAGE_SUMMARY = """
            {"month": "2024-01", "groupBy": ["businessUnit", "product"],
             "groups": [
               {"dimensions": {"businessUnit": "support", "product": "ai-resolution"}, "quantity": 1200, "eventCount": 1200},
               {"dimensions": {"businessUnit": "support", "product": "doc-summary"}, "quantity": 40.5, "eventCount": 3}],
             "totals": {"quantity": 1240.5, "eventCount": 1203}}
            """;

    /** Answer of POST /v1/quotes for the two usage groups above, in their order. */
    static final String BATCH_QUOTES = """
            {"results": [
              {"index": 0, "status": "PRICED",
               "quote": {"product": "ai-resolution", "businessUnit": "support", "quantity": 1200, "unit": "resolution",
                         "unitRate": 0.00000085, "currency": "USD", "amount": 0.00102,
                         "priceVersionId": "0b6f0c9e-7a53-4a3c-9d1e-0c0e5c6f1a11", "model": "flat",
                         "effectiveFrom": "2023-12-01", "at": "2024-01-01T00:00:00Z",
                         "lines": [{"kind": "tier", "from": 0, "to": null, "units": 1200, "rate": 0.00000085,
                                    "amount": 0.00102}]}},
              {"index": 1, "status": "UNPRICED",
               "problem": {"type": "/problems/no-price-in-force", "title": "No price in force", "status": 404,
                           "detail": "Product 'doc-summary' has no list price in force at 2024-01-01T00:00:00Z"}}]}
            """;

    /** The Authorization header of every request received, in order (null when absent). */
    static final List<String> AUTHORIZATIONS = java.util.Collections.synchronizedList(new java.util.ArrayList<>());

    /** Bodies of the POST/PUT requests received, in order. */
    static final List<String> BODIES = new CopyOnWriteArrayList<>();

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
        String url = "http://localhost:" + server.getAddress().getPort();
        return Map.of("quarkus.rest-client.ingestion.url", url, "quarkus.rest-client.pricing.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery() == null ? ""
                : URLDecoder.decode(exchange.getRequestURI().getRawQuery(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        REQUESTS.add(path + "?" + query);
        AUTHORIZATIONS.add(exchange.getRequestHeaders().getFirst("Authorization"));
        if (path.equals("/v1/costs/summary") && query.contains("billingPeriod=2024-01")) {
            respond(exchange, 200, "application/json", COST_SUMMARY);
        } else if (path.equals("/v1/usage/summary") && query.contains("month=2024-01")) {
            respond(exchange, 200, "application/json", USAGE_SUMMARY);
        } else if (path.equals("/v1/costs/revisions") && query.contains("billingPeriod=2024-01")) {
            respond(exchange, 200, "application/json", """
                    [{"billingAccountId": "acct-1", "billingPeriod": "2024-01", "revision": 2,
                      "importId": "7d1c6b1e-0000-4000-8000-000000000001", "rowCount": 2,
                      "validFrom": "2024-02-01T00:00:00Z", "validTo": null}]""");
        } else if (path.equals("/v1/usage/late")) {
            respond(exchange, 200, "application/json", "{\"month\": \"2024-01\", \"events\": [], \"truncated\": false}");
        } else if (path.equals("/v1/price-changes")) {
            respond(exchange, 200, "application/json", "[]");
        } else if (path.equals("/v1/quotes") && exchange.getRequestMethod().equals("POST")) {
            BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 200, "application/json", BATCH_QUOTES);
        } else if (path.startsWith("/v1/frozen-periods/") && exchange.getRequestMethod().equals("PUT")) {
            BODIES.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            respond(exchange, 201, "application/json", "{\"month\": \"" + path.substring(19)
                    + "\", \"frozenBy\": \"chargeback-service\"}");
        } else {
            respond(exchange, 500, "application/problem+json",
                    "{\"type\": \"/problems/internal\", \"status\": 500, \"title\": \"Internal error\"}");
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
