package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "UsageEventPage", description = "Stored events of a month, oldest occurredAt first (then eventId)")
public record UsageEventPage(@Schema(example = "2026-10") String month, List<Event> events,
                             @Schema(description = "Send as after= for the next page; null on the last page",
                                     nullable = true, example = "MjAyNi0xMC0wMVQyMzowMDowMFp8ZGVtby0yMDI2LTEwLTAxLXN1cHBvcnQtYm90")
                             String nextCursor) {

    @Schema(name = "StoredUsageEvent", description = "A usage event as stored, retracted and late ones included")
    public record Event(String eventId, String businessUnit, String useCase, String product, BigDecimal quantity,
                        Instant occurredAt,
                        @Schema(type = SchemaType.OBJECT, nullable = true, description = "As the producer sent them (keys sorted)")
                        JsonNode attributes,
                        @Schema(description = "When ingestion stored it") Instant receivedAt,
                        @Schema(description = "Arrived after its month was closed (statements issued)") boolean late,
                        @Schema(description = "Retracted: kept, no longer summed") boolean retracted,
                        @Schema(nullable = true) Instant retractedAt,
                        @Schema(nullable = true, example = "Test traffic from the staging bot") String retractionReason) {
    }
}
