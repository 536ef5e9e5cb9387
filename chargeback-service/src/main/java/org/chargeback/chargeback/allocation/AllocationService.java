package org.chargeback.chargeback.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.category.CostCategories;
import org.chargeback.chargeback.category.DefaultCategories;
import org.chargeback.chargeback.shared.ChargebackConfig;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Puts each cost of a month on a business unit (or leaves it unallocated) and in its categories. A statement run
 * first asks which cost dimensions it needs ({@link #costDimensions}), fetches ingestion's summary grouped by them,
 * then calls {@link #allocate}.
 */
@ApplicationScoped
public class AllocationService {

    /** FOCUS dimensions every run groups by: the rule targets and the category defaults need them. */
    static final List<String> BASE_DIMENSIONS = List.of("billingAccountId", "subAccountId", "serviceCategory",
            "serviceName", "chargeCategory", "publisherName", "skuId");

    private final ChargebackConfig config;

    AllocationService(ChargebackConfig config) {
        this.config = config;
    }

    /** The ingestion summary dimensions the month's allocation needs (base, business unit tag, rule dimensions). */
    public Set<String> costDimensions(YearMonth month) {
        Set<String> dimensions = new LinkedHashSet<>(BASE_DIMENSIONS);
        dimensions.add(businessUnitDimension());
        return dimensions;
    }

    /** Every group's shares; their sum equals the sum of the groups exactly. */
    public List<AllocatedCost> allocate(YearMonth month, List<CostGroup> costs, AllocationMetrics metrics) {
        List<AllocatedCost> allocated = new ArrayList<>(costs.size());
        for (CostGroup group : costs) {
            String tagged = group.dimension(businessUnitDimension());
            String businessUnit = tagged == null || tagged.isBlank() ? null : tagged.trim();
            CostCategories categories = DefaultCategories.of(group.dimensions());
            allocated.add(new AllocatedCost(group, businessUnit, null, categories.workload(), categories.budget(),
                    group.billedCost(), group.effectiveCost(), null, null));
        }
        return allocated;
    }

    private String businessUnitDimension() {
        return "tag:" + config.businessUnitTag();
    }
}
