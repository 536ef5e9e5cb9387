package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** ingestion-service {@code GET /v1/usage/late?month=}: events that arrived after the month was closed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LateUsage(String month, List<Event> events, boolean truncated) {

    public LateUsage {
        events = events == null ? List.of() : events;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(String eventId, String businessUnit, String useCase, String product, BigDecimal quantity) {
    }
}
