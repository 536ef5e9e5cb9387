package org.chargeback.chargeback.statement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who does something to a statement and why (a waiver, a void): finance keeps both. */
@Schema(name = "ReasonRequest")
public record ReasonRequest(
        @Schema(description = "Why, in words an auditor understands", example = "Pilot usage, free of charge by agreement",
                required = true) @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "Who decided", example = "finance@example.com", required = true)
        @NotBlank @Size(max = 200) String by) {
}
