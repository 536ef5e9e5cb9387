package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.CostCategories;
import org.chargeback.chargeback.category.DefaultCategories;
import org.chargeback.chargeback.category.WorkloadCategory;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allocation math, pure (no CDI, no I/O): which rule versions are in force in a month, and how each cost group
 * is categorised and split. Every group's shares add up to the group exactly, for credits too.
 */
public final class AllocationCalculator {

    /** Exact shares carry at least this many decimals (more if the cost itself has more). */
    public static final int SHARE_SCALE = 10;

    /** Evaluation order: priority, then code. */
    public static final Comparator<AllocationRule> EVALUATION_ORDER =
            Comparator.comparingInt(AllocationRule::priority).thenComparing(AllocationRule::code);

    private AllocationCalculator() {
    }

    /**
     * Per rule code, the highest version whose period contains {@code month}; in evaluation order. A later version
     * that starts after the month therefore never changes it.
     */
    public static List<AllocationRule> inForce(Collection<AllocationRule> versions, YearMonth month) {
        Map<String, AllocationRule> latest = new HashMap<>();
        for (AllocationRule rule : versions) {
            if (rule.covers(month)) {
                latest.merge(rule.code(), rule, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        return latest.values().stream().sorted(EVALUATION_ORDER).toList();
    }

    /**
     * Allocates every group with the rules in force (sorted here again, so any order may be passed).
     *
     * @param businessUnitDimension {@code tag:<business unit tag key>}: allocates groups no rule allocates
     * @return per group, in the groups' order, its shares in business unit code order; an unallocated group is one
     *         share with business unit null
     */
    public static List<AllocatedCost> allocate(List<AllocationRule> rules, List<CostGroup> costs,
                                               AllocationMetrics metrics, String businessUnitDimension) {
        List<AllocationRule> ordered = rules.stream().sorted(EVALUATION_ORDER).toList();
        List<AllocatedCost> allocated = new ArrayList<>(costs.size());
        for (CostGroup group : costs) {
            allocated.addAll(allocateGroup(ordered, group, metrics, businessUnitDimension));
        }
        return allocated;
    }

    /** The rule that allocates {@code group}: the first matching one whose method is not NONE; null if none. */
    public static AllocationRule decidingRule(List<AllocationRule> orderedRules, CostGroup group) {
        for (AllocationRule rule : orderedRules) {
            if (rule.allocate().method() != AllocationMethod.NONE && rule.matches(group)) {
                return rule;
            }
        }
        return null;
    }

    static List<AllocatedCost> allocateGroup(List<AllocationRule> ordered, CostGroup group, AllocationMetrics metrics,
                                             String businessUnitDimension) {
        CostCategories categories = categories(ordered, group);
        AllocationRule rule = decidingRule(ordered, group);
        if (rule == null) {
            String tagged = group.dimension(businessUnitDimension);
            String businessUnit = tagged == null || tagged.isBlank() ? null : tagged.trim();
            return List.of(share(group, categories, businessUnit, null, group.billedCost(), group.effectiveCost(),
                    null));
        }
        RuleAllocation allocation = rule.allocate();
        if (allocation.method() == AllocationMethod.DIRECT) {
            return List.of(share(group, categories, allocation.businessUnit(), allocation.useCase(),
                    group.billedCost(), group.effectiveCost(), rule));
        }
        List<Participant> participants = participants(allocation, metrics);
        if (participants.isEmpty()) {
            // Nothing to split by (no usage, zero metrics): kept visibly unallocated, naming the rule, never dropped.
            return List.of(share(group, categories, null, null, group.billedCost(), group.effectiveCost(), rule));
        }
        List<BigDecimal> weights = participants.stream().map(Participant::weight).toList();
        List<BigDecimal> billed = split(group.billedCost(), weights);
        List<BigDecimal> effective = group.effectiveCost() == null ? null : split(group.effectiveCost(), weights);
        List<AllocatedCost> shares = new ArrayList<>(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            Participant p = participants.get(i);
            shares.add(share(group, categories, p.businessUnit(), p.useCase(), billed.get(i),
                    effective == null ? null : effective.get(i), rule));
        }
        return shares;
    }

    /** Workload and budget category independently: the first matching rule that sets it, else the default. */
    static CostCategories categories(List<AllocationRule> ordered, CostGroup group) {
        WorkloadCategory workload = null;
        BudgetCategory budget = null;
        for (AllocationRule rule : ordered) {
            if ((workload == null && rule.workloadCategory() != null)
                    || (budget == null && rule.budgetCategory() != null)) {
                if (rule.matches(group)) {
                    if (workload == null) {
                        workload = rule.workloadCategory();
                    }
                    if (budget == null) {
                        budget = rule.budgetCategory();
                    }
                }
            }
            if (workload != null && budget != null) {
                break;
            }
        }
        if (workload == null || budget == null) {
            CostCategories defaults = DefaultCategories.of(group.dimensions());
            workload = workload == null ? defaults.workload() : workload;
            budget = budget == null ? defaults.budget() : budget;
        }
        return new CostCategories(workload, budget);
    }

    /** The business units a shared rule splits among, by code, with their weights; those weighing zero drop out. */
    static List<Participant> participants(RuleAllocation allocation, AllocationMetrics metrics) {
        // TreeMap: business unit code order, which is also the tie order of the largest-remainder split.
        Map<String, Participant> byCode = new TreeMap<>();
        if (!allocation.shares().isEmpty()) {
            for (RuleShare share : allocation.shares()) {
                byCode.put(share.businessUnit(), new Participant(share.businessUnit(), share.useCase(),
                        weight(allocation, share, metrics)));
            }
        } else {
            for (String businessUnit : metrics.usageUnits().keySet()) {
                if (businessUnit == null) {
                    continue;
                }
                boolean hasUsage = positive(metrics.usageUnits().get(businessUnit));
                // EVEN splits among every business unit the metrics know; the proportional methods among those with usage.
                if (allocation.method() == AllocationMethod.EVEN || hasUsage) {
                    byCode.put(businessUnit, new Participant(businessUnit, null,
                            weight(allocation, new RuleShare(businessUnit, null, null), metrics)));
                }
            }
        }
        List<Participant> participants = new ArrayList<>();
        for (Participant p : byCode.values()) {
            if (p.weight().signum() > 0) {
                participants.add(p);
            }
        }
        return participants;
    }

    private static BigDecimal weight(RuleAllocation allocation, RuleShare share, AllocationMetrics metrics) {
        BigDecimal weight = switch (allocation.method()) {
            case EVEN -> BigDecimal.ONE;
            case FIXED -> share.percent();
            case USAGE_UNITS -> allocation.product() == null ? metrics.usageUnits().get(share.businessUnit())
                    : metrics.usageUnitsByProduct().getOrDefault(share.businessUnit(), Map.of())
                    .get(allocation.product());
            case CHARGEBACK_AMOUNT -> metrics.chargebackAmount().get(share.businessUnit());
            case DIRECT, NONE -> throw new IllegalArgumentException("not a shared method: " + allocation.method());
        };
        // A missing or negative metric gives no share (a negative one would turn a cost into a credit).
        return weight == null || weight.signum() < 0 ? BigDecimal.ZERO : weight;
    }

    /**
     * Splits {@code amount} in proportion to {@code weights} (all positive) with the largest-remainder method at
     * {@link #SHARE_SCALE} decimals or the amount's own scale if larger: every share is first cut down to that many
     * decimals, then the missing units of the last decimal go one each to the largest remainders (ties: the earlier
     * participant). The shares add up to {@code amount} exactly. A credit is split as its absolute value with the
     * sign put back, so a credit's shares mirror the same cost's shares and are never positive.
     */
    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        int scale = Math.max(SHARE_SCALE, amount.scale());
        BigDecimal units = amount.abs().movePointRight(scale).setScale(0); // exact: scale >= amount's scale
        BigDecimal total = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = weights.size();
        BigDecimal[] floors = new BigDecimal[n];
        BigDecimal[] remainders = new BigDecimal[n];
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < n; i++) {
            BigDecimal numerator = units.multiply(weights.get(i));
            floors[i] = numerator.divideToIntegralValue(total);
            remainders[i] = numerator.subtract(floors[i].multiply(total)); // all over the same total: comparable
            assigned = assigned.add(floors[i]);
        }
        int missing = units.subtract(assigned).intValueExact(); // < n: each remainder is below one unit
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i]).reversed()
                .thenComparing(i -> i));
        for (int k = 0; k < missing; k++) {
            int i = byRemainder.get(k);
            floors[i] = floors[i].add(BigDecimal.ONE);
        }
        List<BigDecimal> shares = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            BigDecimal share = floors[i].setScale(0).movePointLeft(scale);
            shares.add(amount.signum() < 0 ? share.negate() : share);
        }
        return shares;
    }

    private static AllocatedCost share(CostGroup group, CostCategories categories, String businessUnit,
                                       String useCase, BigDecimal billed, BigDecimal effective, AllocationRule rule) {
        return new AllocatedCost(group, businessUnit, useCase, categories.workload(), categories.budget(), billed,
                effective, rule == null ? null : rule.code(), rule == null ? null : rule.version());
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    record Participant(String businessUnit, String useCase, BigDecimal weight) {
    }
}
