package org.chargeback.ingestion.usage;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A real HTTP server answering {@code GET /v1/products/{code}} like pricing-service: 200 for the products of the
 * demo price book and {@code p}, 404 for any other code.
 */
public class StubPricing implements QuarkusTestResourceLifecycleManager {

    static final Set<String> KNOWN = Set.of("support-resolution", "document-summary", "p");

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/v1/products/", exchange -> {
            String code = exchange.getRequestURI().getPath().substring("/v1/products/".length());
            boolean known = KNOWN.contains(code);
            byte[] body = (known
                    ? "{\"code\": \"" + code + "\", \"name\": \"x\", \"unit\": \"unit\", \"status\": \"ACTIVE\"}"
                    : "{\"type\": \"/problems/not-found\", \"status\": 404}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", known ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.pricing.url", "http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
