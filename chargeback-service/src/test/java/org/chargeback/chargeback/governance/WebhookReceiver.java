package org.chargeback.chargeback.governance;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local webhook receiver (JDK HttpServer on a free port) that answers 500 to the first notification of each
 * event and 204 to every later one: retries are visible. Registered for the whole test JVM (WithWebhookReceiver);
 * the service's webhook list points at it.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String SECRET = "test-webhook-secret";

    /** A request as received. */
    public record Received(String eventId, String signature, String body, int answered) {
    }

    public static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> SEEN = new ConcurrentHashMap<>();
    private static HttpServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/hooks/governance", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                String eventId = exchange.getRequestHeaders().getFirst("X-Chargeback-Event");
                int status = SEEN.merge(eventId, 1, Integer::sum) == 1 ? 500 : 204;
                RECEIVED.add(new Received(eventId, exchange.getRequestHeaders().getFirst("X-Chargeback-Signature"),
                        body, status));
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
        }
        return Map.of("chargeback.governance.webhooks",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/governance",
                "chargeback.governance.webhook-secret", SECRET);
    }

    @Override
    public void stop() {
        // Kept for the other test classes of this JVM, like the embedded PostgreSQL.
    }
}
