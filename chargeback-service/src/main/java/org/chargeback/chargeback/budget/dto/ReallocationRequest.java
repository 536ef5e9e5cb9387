package org.chargeback.chargeback.budget.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Body of {@code POST /v1/budgets/reallocations}. */
@Schema(name = "ReallocationRequest", description = "Move an amount from one envelope to another of the same period")
public record ReallocationRequest(
        @Schema(required = true, example = "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01") @NotNull UUID fromBudgetId,
        @Schema(required = true, example = "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f") @NotNull UUID toBudgetId,
        @Schema(required = true, example = "5000.00") @NotNull @Positive @Digits(integer = 18, fraction = 2)
        BigDecimal amount,
        @Schema(required = true, example = "Claims automation scales earlier than planned") @NotBlank @Size(max = 500)
        String reason,
        @Schema(required = true, example = "cfo-office@example.com") @NotBlank @Size(max = 200)
        String requestedBy) {
}
