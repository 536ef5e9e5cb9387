package org.chargeback.chargeback.allocation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * Body of {@code POST /v1/allocation-rules} (code required), of {@code PUT /v1/allocation-rules/{code}} (code
 * optional, must be the URL's) and one rule of a preview (code required). Rules between the fields (method fields,
 * percentages, months, business units) are checked by the service.
 */
@Schema(name = "AllocationRuleRequest", description = "An allocation rule (a new one, or the next version of one)")
public record AllocationRuleRequest(
        @Schema(description = "Unique, immutable: 2 to 64 lowercase letters, digits or '-'. Required on POST and in "
                + "a preview; on PUT optional and must be the URL's", example = "shared-gpu-cluster",
                pattern = Codes.PATTERN)
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,
        @Schema(example = "Shared GPU cluster, split by usage", required = true) @NotBlank @Size(max = 200)
        String name,
        @Schema(description = "Lower is evaluated first; ties by code", example = "100", minimum = "0",
                required = true)
        @NotNull @Min(value = 0, message = "must be 0 or more")
        Integer priority,
        @Schema(description = "First month in force, YYYY-MM (inclusive)", example = "2026-10", required = true)
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String effectiveFrom,
        @Schema(description = "First month no longer in force, YYYY-MM (exclusive), after effectiveFrom; null = "
                + "open-ended", example = "2027-01", nullable = true)
        @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String effectiveTo,
        @Schema(description = "Conditions that must all hold; empty = every cost", required = true)
        @NotNull @Size(max = 50)
        List<@Valid @NotNull MatchCondition> match,
        @Schema(required = true) @NotNull @Valid
        AllocateSpec allocate,
        @Schema(description = "Optional override of the cost's workload category", nullable = true)
        WorkloadCategory workloadCategory,
        @Schema(description = "Optional override of the cost's budget category", nullable = true)
        BudgetCategory budgetCategory,
        @Schema(description = "Who makes the change", example = "platform-team", required = true)
        @NotBlank @Size(max = 200)
        String changedBy,
        @Schema(description = "Why, for the audit trail", example = "GPU cluster shared from October",
                nullable = true)
        @Size(max = 2000)
        String reason) {
}
