package org.chargeback.chargeback.budget.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code POST /v1/budgets/corridors}. */
@Schema(name = "CorridorRequest", description = "AI spend between floor and ceiling percent of a business metric")
public record CorridorRequest(
        @Schema(required = true, example = "support") @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String businessUnit,
        @Schema(required = true, example = "digital-transaction-revenue") @NotNull
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String metric,
        @Schema(required = true, example = "2") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal floorPercent,
        @Schema(required = true, example = "4") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal ceilingPercent,
        @Schema(required = true, example = "cfo-office@example.com") @NotBlank @Size(max = 200) String createdBy) {
}
