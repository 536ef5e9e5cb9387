package org.chargeback.pricing.product;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/products}. */
@Schema(name = "CreateProductRequest", description = "A product to register")
public record CreateProductRequest(
        @Schema(description = "Stable product code, lowercase letters, digits and '-', 2 to 64 characters",
                example = "support-resolution", pattern = CreateProductRequest.CODE_PATTERN)
        @NotBlank
        @Pattern(regexp = CreateProductRequest.CODE_PATTERN,
                message = "must be 2 to 64 lowercase letters, digits or '-', starting with a letter or digit")
        String code,
        @Schema(description = "Name shown on statements", example = "AI support resolution")
        @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "What a quantity of 1 means; prices are per unit", example = "resolution")
        @NotBlank @Size(max = 64)
        String unit,
        @Schema(description = "Optional longer explanation")
        @Size(max = 2000)
        String description,
        @Schema(description = "The platform team that sets its prices", example = "platform-ai")
        @Size(max = 200)
        String owningTeam) {

    static final String CODE_PATTERN = "[a-z0-9][a-z0-9-]{1,63}";

    NewProduct toNewProduct() {
        return new NewProduct(code, name.strip(), unit.strip(), blankToNull(description), blankToNull(owningTeam));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
