package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chargeback.support.problem.ProblemError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UsageIngestResult", description = "What happened to the events of one request")
public record UsageIngestResult(
        @Schema(description = "New events stored and counted") long accepted,
        @Schema(description = "Events already stored with the same content (or repeated in the request): not counted again") long duplicates,
        @Schema(description = "Invalid events, not stored (only with partial=accept; otherwise the request is a 400)") long rejected,
        @Schema(description = "Accepted events of a month whose statements were already issued, listed by GET /v1/usage/late") long late,
        @Schema(description = "With partial=accept: where the rejected events are and what is wrong (first 100)")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ProblemError> errors) {
}
