package org.chargeback.chargeback.businessunit.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/business-units}. */
@Schema(name = "CreateBusinessUnitRequest", description = "A business unit to register")
public record CreateBusinessUnitRequest(
        @Schema(description = "Immutable code: the business-unit tag value on costs and businessUnit on usage; "
                + "lowercase letters, digits and '-', 2 to 64 characters", example = "support",
                pattern = Codes.PATTERN)
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
        @Schema(description = "Name shown on statements", example = "Customer Support")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Finance cost center its statements are booked to", example = "CC-4100")
        @NotBlank @Size(max = 64)
        String costCenter,
        @Schema(description = "Email of the person answering for its costs", example = "support-lead@example.com")
        @NotBlank @Email @Size(max = 254)
        String ownerContact) {
}
