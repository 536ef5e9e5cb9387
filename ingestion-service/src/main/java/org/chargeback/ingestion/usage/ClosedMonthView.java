package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(name = "ClosedMonth", description = "A month whose statements were issued: later events of it are late")
public record ClosedMonthView(@Schema(example = "2026-10") String month, Instant closedAt) {
}
