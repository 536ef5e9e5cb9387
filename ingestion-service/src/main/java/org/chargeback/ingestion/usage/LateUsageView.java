package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Schema(name = "LateUsage", description = "Events that arrived for a month after its statements were issued")
public record LateUsageView(String month, List<LateEvent> events, Totals totals,
                            @Schema(description = "true when more late events exist than listed (raise limit)") boolean truncated) {

    @Schema(name = "LateUsageEvent")
    public record LateEvent(String eventId, String businessUnit, String useCase, String product, BigDecimal quantity,
                            Instant occurredAt, Instant receivedAt) {
    }

    @Schema(name = "LateUsageTotals", description = "Quantity and count of all late, not retracted events of the month")
    public record Totals(BigDecimal quantity, long eventCount) {
    }
}
