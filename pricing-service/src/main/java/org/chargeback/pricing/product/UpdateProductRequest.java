package org.chargeback.pricing.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /v1/products/{code}}: the product's new state. The code is the URL's and never changes; the
 * unit cannot change either (the prices are per unit), so sending a different one is refused.
 */
@Schema(name = "UpdateProductRequest", description = "Rename, describe, re-assign or retire a product")
public record UpdateProductRequest(
        @Schema(description = "Must be the product's code if sent (codes never change)", example = "support-resolution")
        String code,
        @Schema(example = "Automated support resolution") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Must be the product's unit if sent (prices are per unit)", example = "resolution")
        String unit,
        @Schema(description = "Optional longer explanation") @Size(max = 2000) String description,
        @Schema(example = "platform-ai") @Size(max = 200) String owningTeam,
        @Schema(description = "ACTIVE or RETIRED; a retired product stays retired", example = "ACTIVE")
        @NotNull ProductStatus status,
        @Schema(description = "Who changes it", example = "platform-ai@example.com") @NotBlank @Size(max = 200)
        String changedBy) {
}
