package org.chargeback.chargeback.governance;

import java.time.Instant;
import java.util.UUID;

/** One notification to one webhook URL: the exact bytes sent, attempts so far, when next, whether delivered. */
public record WebhookDelivery(UUID id, UUID eventId, String url, String payload, int attempts,
                              Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant deliveredAt,
                              Instant createdAt) {
}
