package org.chargeback.chargeback.governance;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Delivers due outbox rows: POST of the stored JSON, signed ({@link WebhookSignature}); any 2xx is delivered,
 * anything else (or no answer) is retried after {@link Backoff}, forever: a notification is never dropped.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final int BATCH = 20;

    private final WebhookOutbox outbox;
    private final GovernanceConfig config;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    WebhookWorker(WebhookOutbox outbox, GovernanceConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Delivers every delivery due now; answers how many were delivered. */
    public int deliverDue() {
        int delivered = 0;
        while (true) {
            List<WebhookDelivery> due = outbox.claimDue(now(), config.deliveryLease(), BATCH);
            if (due.isEmpty()) {
                return delivered;
            }
            for (WebhookDelivery d : due) {
                if (attempt(d)) {
                    delivered++;
                }
            }
            if (due.size() < BATCH) {
                return delivered;
            }
        }
    }

    private boolean attempt(WebhookDelivery d) {
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url())).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(config.webhookSecret().orElse(""), body))
                    .header("X-Chargeback-Delivery", d.id().toString())
                    .header("X-Chargeback-Event", d.eventId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                outbox.recordAttempt(d.id(), now(), true, null, now());
                Log.infof("Webhook delivery %s of event %s delivered to %s after %d attempt(s)", d.id(),
                        d.eventId(), d.url(), d.attempts() + 1);
                return true;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        Instant at = now();
        outbox.recordAttempt(d.id(), at, false, error,
                at.plus(Backoff.after(d.attempts() + 1, config.retryBase(), config.retryMax())));
        return false;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
