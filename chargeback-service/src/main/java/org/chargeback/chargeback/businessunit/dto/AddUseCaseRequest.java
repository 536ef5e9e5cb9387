package org.chargeback.chargeback.businessunit.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code POST /v1/business-units/{code}/use-cases}. */
@Schema(name = "AddUseCaseRequest", description = "A use case of a business unit")
public record AddUseCaseRequest(
        @Schema(description = "Code, unique within the business unit", example = "ticket-resolution",
                pattern = Codes.PATTERN)
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
        @Schema(example = "AI ticket resolution") @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "The outcome product it is charged for: a pricing-service product code (not checked "
                + "against pricing-service yet)", example = "ai-resolution", pattern = Codes.PATTERN)
        @NotBlank @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String product,
        @Schema(description = "Optional business value of one unit of the product (e.g. agent time saved per "
                + "resolution), for unit economics; needs valueCurrency", example = "4.50", minimum = "0")
        @DecimalMin(value = "0", message = "must be 0 or more")
        BigDecimal valuePerUnit,
        @Schema(description = "ISO 4217 currency of valuePerUnit; required with it, refused without it",
                example = "USD", pattern = "[A-Z]{3}")
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD")
        String valueCurrency) {
}
