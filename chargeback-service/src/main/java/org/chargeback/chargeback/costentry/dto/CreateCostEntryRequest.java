package org.chargeback.chargeback.costentry.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code POST /v1/cost-entries}. */
@Schema(name = "CreateCostEntryRequest", description = "A cost of one business unit and month that no FOCUS file brings")
public record CreateCostEntryRequest(
        @Schema(description = "Month the cost belongs to, YYYY-MM (UTC)", example = "2026-10", required = true)
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String month,
        @Schema(description = "Code of a registered business unit", example = "support", required = true)
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String businessUnit,
        @Schema(description = "Code of one of the business unit's use cases; omit when the cost is not tied to one",
                example = "ticket-resolution")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String useCase,
        @Schema(required = true, example = "TALENT") @NotNull
        BudgetCategory budgetCategory,
        @Schema(required = true, example = "PRODUCTION_INFERENCE") @NotNull
        WorkloadCategory workloadCategory,
        @Schema(description = "Not zero; negative for a credit; kept at full precision (up to 12 decimals)",
                example = "18500.00", required = true)
        @NotNull @Digits(integer = 18, fraction = 12)
        BigDecimal amount,
        @Schema(description = "ISO 4217; must be the reporting currency (chargeback.currency)", example = "USD",
                required = true, pattern = "[A-Z]{3}")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD")
        String currency,
        @Schema(description = "What the cost is, as a statement shows it", example = "ML engineers, 25% of 2 FTE",
                required = true)
        @NotBlank @Size(max = 500)
        String description,
        @Schema(description = "Who entered it", example = "finops@example.com", required = true)
        @NotBlank @Size(max = 200)
        String enteredBy) {
}
