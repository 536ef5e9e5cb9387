package org.chargeback.chargeback.allocation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Body of {@code POST /v1/allocation-rules/preview}: a change to try on a month without storing it. */
@Schema(name = "AllocationPreviewRequest")
public record PreviewRequest(
        @Schema(description = "New rules, or the next version of existing codes (as a PUT would store them)")
        @Size(max = 100)
        List<@Valid @NotNull AllocationRuleRequest> rules,
        @Schema(description = "Codes of existing rules to take out of force for the month", example = "[\"old-split\"]")
        @Size(max = 100)
        List<@NotNull String> retire) {

    public PreviewRequest {
        rules = rules == null ? List.of() : rules;
        retire = retire == null ? List.of() : retire;
    }
}
