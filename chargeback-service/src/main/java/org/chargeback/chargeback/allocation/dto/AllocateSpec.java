package org.chargeback.chargeback.allocation.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.allocation.AllocationMethod;
import org.chargeback.chargeback.allocation.RuleAllocation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What an allocation rule does with a matching cost; which fields a method takes is checked by the service. */
@Schema(name = "AllocateSpec", description = "DIRECT: businessUnit (+ useCase). FIXED: shares with percent adding up "
        + "to 100. EVEN, USAGE_UNITS, CHARGEBACK_AMOUNT: shares without percent (empty = every business unit with "
        + "usage in the month). USAGE_UNITS: optional product. NONE: nothing (the rule only sets categories).")
public record AllocateSpec(
        @Schema(required = true, example = "FIXED") @NotNull
        AllocationMethod method,
        @Schema(description = "DIRECT only: a registered business unit", example = "customer-support",
                nullable = true)
        String businessUnit,
        @Schema(description = "DIRECT only, optional: one of that business unit's use cases", example = "support-bot",
                nullable = true)
        String useCase,
        @Schema(description = "Shared methods only: the participants", nullable = true)
        @Size(max = 500)
        List<@Valid @NotNull ShareSpec> shares,
        @Schema(description = "USAGE_UNITS only, optional: count only this product's units", example = "doc-summary",
                nullable = true)
        String product) {

    public static AllocateSpec from(RuleAllocation allocation) {
        return new AllocateSpec(allocation.method(), allocation.businessUnit(), allocation.useCase(),
                allocation.shares().stream().map(ShareSpec::from).toList(), allocation.product());
    }
}
