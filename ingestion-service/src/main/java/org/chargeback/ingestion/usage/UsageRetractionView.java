package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

@Schema(name = "UsageRetraction", description = "A retracted usage event: kept, but no longer summed")
public record UsageRetractionView(String eventId, String reason, Instant retractedAt, String businessUnit,
                                  String useCase, String product, BigDecimal quantity, Instant occurredAt) {
}
