package org.chargeback.chargeback.budget.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.budget.BudgetPeriod;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.category.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code POST /v1/budgets}. */
@Schema(name = "CreateBudgetRequest", description = "An envelope of a business unit for a month or a quarter")
public record CreateBudgetRequest(
        @Schema(description = "Code of a registered business unit", example = "support", required = true)
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String businessUnit,
        @Schema(description = "Only this use case of the business unit; omit for all", example = "ticket-resolution")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String useCase,
        @Schema(description = "Only this budget category; omit for all", example = "VENDOR_AND_API")
        BudgetCategory budgetCategory,
        @Schema(description = "A month YYYY-MM or a calendar quarter YYYY-Qn", example = "2026-Q4", required = true)
        @NotNull @Pattern(regexp = BudgetPeriod.PATTERN, message = BudgetPeriod.MESSAGE)
        String period,
        @Schema(description = "The envelope, in the currency's minor unit", example = "30000.00", required = true)
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 2)
        BigDecimal amount,
        @Schema(description = "ISO 4217; must be the reporting currency", example = "USD", required = true)
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD")
        String currency,
        @Schema(description = "Portfolio split of the governed amount in percent; default 60 / 25 / 15")
        @Valid
        SplitSpec split,
        @Schema(description = "Innovation reserve in percent of the amount, never flagged for cost; default 15, 0 or 15 to 20",
                example = "15")
        @DecimalMin("0") @DecimalMax("20")
        BigDecimal innovationReservePercent,
        @Schema(description = "Governance thresholds in percent of the governed amount; default 80 / 90 / 110")
        @Valid
        ThresholdsSpec thresholds,
        @Schema(description = "Who set the budget", example = "cfo-office@example.com", required = true)
        @NotBlank @Size(max = 200)
        String createdBy) {

    @Schema(name = "BudgetSplit")
    public record SplitSpec(
            @Schema(example = "60") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal productionPercent,
            @Schema(example = "25") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal scalingPercent,
            @Schema(example = "15") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal experimentalPercent) {
    }

    @Schema(name = "BudgetThresholds")
    public record ThresholdsSpec(
            @Schema(example = "80") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal alertPercent,
            @Schema(example = "90") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal reviewPercent,
            @Schema(example = "110") @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal approvalPercent) {
    }
}
