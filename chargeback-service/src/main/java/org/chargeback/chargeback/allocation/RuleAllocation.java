package org.chargeback.chargeback.allocation;

import java.util.List;

/**
 * What a rule does with a matching cost. DIRECT uses {@code businessUnit}/{@code useCase}; the shared methods use
 * {@code shares} (empty = every business unit with usage in the month); {@code product} narrows USAGE_UNITS to one
 * product's units.
 */
public record RuleAllocation(AllocationMethod method, String businessUnit, String useCase, List<RuleShare> shares,
                             String product) {

    public RuleAllocation {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    public static RuleAllocation direct(String businessUnit, String useCase) {
        return new RuleAllocation(AllocationMethod.DIRECT, businessUnit, useCase, List.of(), null);
    }

    public static RuleAllocation shared(AllocationMethod method, List<RuleShare> shares) {
        return new RuleAllocation(method, null, null, shares, null);
    }

    public static RuleAllocation none() {
        return new RuleAllocation(AllocationMethod.NONE, null, null, List.of(), null);
    }
}
