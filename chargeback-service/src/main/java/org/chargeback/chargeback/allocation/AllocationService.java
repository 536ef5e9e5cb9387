package org.chargeback.chargeback.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.shared.ChargebackConfig;

import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts each cost of a month on a business unit (or leaves it unallocated) and in its categories. A statement run
 * first asks which cost dimensions it needs ({@link #costDimensions}), fetches ingestion's summary grouped by them,
 * then calls {@link #allocate}. The allocation rules in force in the month decide first (see
 * {@link AllocationCalculator}); a cost no rule allocates goes to the business unit of its tag, else stays
 * unallocated.
 */
@ApplicationScoped
public class AllocationService {

    /** FOCUS dimensions every run groups by: the rule targets and the category defaults need them. */
    static final List<String> BASE_DIMENSIONS = List.of("billingAccountId", "subAccountId", "serviceCategory",
            "serviceName", "chargeCategory", "publisherName", "skuId");

    private final ChargebackConfig config;
    private final AllocationRuleService rules;

    AllocationService(ChargebackConfig config, AllocationRuleService rules) {
        this.config = config;
        this.rules = rules;
    }

    /**
     * The ingestion summary dimensions the month's allocation needs: base, business unit tag, and every dimension a
     * rule in force in the month matches on.
     */
    public Set<String> costDimensions(YearMonth month) {
        return dimensionsFor(rules.rulesInForce(month));
    }

    /**
     * Every group's shares, per group in the groups' order; their sum equals the sum of the groups exactly. The
     * groups must carry the dimensions {@link #costDimensions} named for the same month.
     */
    public List<AllocatedCost> allocate(YearMonth month, List<CostGroup> costs, AllocationMetrics metrics) {
        return AllocationCalculator.allocate(rules.rulesInForce(month), costs, metrics, businessUnitDimension());
    }

    Set<String> dimensionsFor(Collection<AllocationRule> inForce) {
        Set<String> dimensions = new LinkedHashSet<>(BASE_DIMENSIONS);
        dimensions.add(businessUnitDimension());
        for (AllocationRule rule : inForce) {
            rule.match().forEach(condition -> dimensions.add(condition.dimension()));
        }
        return dimensions;
    }

    String businessUnitDimension() {
        return "tag:" + config.businessUnitTag();
    }
}
