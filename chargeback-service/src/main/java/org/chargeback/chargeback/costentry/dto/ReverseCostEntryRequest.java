package org.chargeback.chargeback.costentry.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/cost-entries/{id}/reversal}. */
@Schema(name = "ReverseCostEntryRequest", description = "Why a cost entry is cancelled, and by whom")
public record ReverseCostEntryRequest(
        @Schema(example = "Entered twice; the October talent cost is entry 5f0c...", required = true)
        @NotBlank @Size(max = 500)
        String reason,
        @Schema(example = "finops@example.com", required = true)
        @NotBlank @Size(max = 200)
        String enteredBy) {
}
