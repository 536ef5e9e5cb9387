package org.chargeback.ingestion.usage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UsageIngestResult", description = "What happened to the events of one request")
public record UsageIngestResult(
        @Schema(description = "New events stored and counted") long accepted,
        @Schema(description = "Events already stored with the same content: not counted again") long duplicates,
        @Schema(description = "Invalid events (a request with any is rejected as a whole)") long rejected) {
}
