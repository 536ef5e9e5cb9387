package org.chargeback.chargeback.businessunit.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /v1/business-units/{code}}: the business unit's new details. The code is the URL's. */
@Schema(name = "UpdateBusinessUnitRequest", description = "New name, cost center and owner of a business unit")
public record UpdateBusinessUnitRequest(
        @Schema(description = "Must be the business unit's code if sent (codes never change)", example = "support")
        String code,
        @Schema(example = "Customer Care") @NotBlank @Size(max = 200)
        String name,
        @Schema(example = "CC-4200") @NotBlank @Size(max = 64)
        String costCenter,
        @Schema(example = "care-lead@example.com") @NotBlank @Email @Size(max = 254)
        String ownerContact) {
}
