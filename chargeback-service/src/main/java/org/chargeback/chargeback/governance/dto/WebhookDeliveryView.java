package org.chargeback.chargeback.governance.dto;

import org.chargeback.chargeback.governance.WebhookDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "WebhookDeliveryView", description = "One notification to one webhook URL")
public record WebhookDeliveryView(UUID id, UUID eventId, String url, int attempts, Instant nextAttemptAt,
                                  Instant lastAttemptAt, String lastError, Instant deliveredAt, Instant createdAt) {

    public static WebhookDeliveryView from(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.eventId(), d.url(), d.attempts(),
                d.deliveredAt() == null ? d.nextAttemptAt() : null, d.lastAttemptAt(), d.lastError(),
                d.deliveredAt(), d.createdAt());
    }
}
