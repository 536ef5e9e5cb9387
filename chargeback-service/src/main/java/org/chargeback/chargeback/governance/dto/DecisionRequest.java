package org.chargeback.chargeback.governance.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of acknowledging, approving or rejecting a governance event: who and why. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(required = true, example = "cfo@example.com") @NotBlank @Size(max = 200) String by,
        @Schema(required = true, example = "Volume is from the new claims channel; approved for Q4")
        @NotBlank @Size(max = 1000) String reason) {
}
