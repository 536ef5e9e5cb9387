package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetractUsageEventRequest")
public record RetractUsageEventRequest(
        @Schema(description = "Why the event no longer counts", example = "Test traffic from the staging bot", required = true)
        String reason) {
}
