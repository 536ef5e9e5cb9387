package org.chargeback.chargeback.allocation.dto;

import org.chargeback.chargeback.allocation.AllocationRule;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** One version of an allocation rule. */
@Schema(name = "AllocationRuleView")
public record AllocationRuleView(
        @Schema(example = "shared-gpu-cluster") String code,
        @Schema(description = "1 for the first; every change adds one. The ETag is this number in quotes",
                example = "1")
        int version,
        @Schema(example = "Shared GPU cluster, split by usage") String name,
        @Schema(example = "100") int priority,
        @Schema(example = "2026-10") String effectiveFrom,
        @Schema(example = "2027-01", nullable = true) String effectiveTo,
        List<MatchCondition> match,
        AllocateSpec allocate,
        @Schema(nullable = true) WorkloadCategory workloadCategory,
        @Schema(nullable = true) BudgetCategory budgetCategory,
        @Schema(example = "platform-team") String changedBy,
        @Schema(nullable = true) String reason,
        Instant createdAt) {

    public static AllocationRuleView from(AllocationRule rule) {
        return new AllocationRuleView(rule.code(), rule.version(), rule.name(), rule.priority(),
                rule.effectiveFrom().toString(), rule.effectiveTo() == null ? null : rule.effectiveTo().toString(),
                rule.match().stream().map(MatchCondition::from).toList(), AllocateSpec.from(rule.allocate()),
                rule.workloadCategory(), rule.budgetCategory(), rule.changedBy(), rule.reason(), rule.createdAt());
    }
}
