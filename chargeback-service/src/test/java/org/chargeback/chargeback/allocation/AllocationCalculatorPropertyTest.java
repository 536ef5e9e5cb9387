package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.CostCategories;
import org.chargeback.chargeback.category.DefaultCategories;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties of the allocation for any rules and costs: 2,000 random rule sets and cost sets from seeded
 * {@link Random}s (a failure names its seed, so it can be replayed). Checked against a naive re-statement of the
 * rules, not against the calculator's own helpers.
 */
class AllocationCalculatorPropertyTest {

    private static final int CASES = 2_000;
    private static final long BASE_SEED = 20_261_124L;
    private static final String BU_TAG = "tag:business-unit";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final List<String> BUSINESS_UNITS = List.of("a-unit", "b-unit", "c-unit", "d-unit");
    private static final List<String> PRODUCTS = List.of("p-one", "p-two");
    private static final Map<String, List<String>> VALUES = Map.of(
            "serviceName", List.of("Amazon SageMaker", "Azure OpenAI", "Amazon S3"),
            "serviceCategory", List.of("Compute", "Storage", "AI and Machine Learning", "Business Applications"),
            BU_TAG, List.of("a-unit", "b-unit", "tagged-only"),
            "tag:team", List.of("x", "y"),
            "skuId", List.of("gpu-training", "tokens"));

    @Test
    void shouldHoldForAnyRulesAndCosts() {
        for (int i = 0; i < CASES; i++) {
            long seed = BASE_SEED + i;
            try {
                checkCase(new Random(seed));
            } catch (AssertionError | RuntimeException e) {
                fail("Property broken for seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    private static void checkCase(Random random) {
        List<AllocationRule> versions = randomVersions(random);
        List<CostGroup> costs = randomCosts(random);
        AllocationMetrics metrics = randomMetrics(random);
        List<AllocationRule> inForce = AllocationCalculator.inForce(versions, OCTOBER);

        List<AllocatedCost> allocated = AllocationCalculator.allocate(inForce, costs, metrics, BU_TAG);

        Map<CostGroup, List<AllocatedCost>> byGroup = new IdentityHashMap<>();
        allocated.forEach(a -> byGroup.computeIfAbsent(a.source(), g -> new ArrayList<>()).add(a));
        assertThat(byGroup).as("every group is allocated, none dropped, none invented").hasSize(costs.size());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal allocatedTotal = BigDecimal.ZERO;
        List<AllocationRule> naiveInForce = naiveInForce(versions);
        for (CostGroup group : costs) {
            List<AllocatedCost> shares = byGroup.get(group);
            assertThat(sum(shares, AllocatedCost::billedCost)).as("billed shares add up to the group")
                    .isEqualByComparingTo(group.billedCost());
            if (group.effectiveCost() != null) {
                assertThat(sum(shares, AllocatedCost::effectiveCost)).as("effective shares add up to the group")
                        .isEqualByComparingTo(group.effectiveCost());
            }
            for (AllocatedCost share : shares) {
                assertThat(share.billedCost().signum() * group.billedCost().signum())
                        .as("a share never has the opposite sign of its group (credits stay credits)")
                        .isGreaterThanOrEqualTo(0);
            }
            Set<String> businessUnits = new HashSet<>();
            shares.forEach(s -> assertThat(businessUnits.add(s.businessUnit())).as("one share per business unit")
                    .isTrue());
            checkDecision(group, shares, naiveInForce, metrics);
            total = total.add(group.billedCost());
        }
        for (AllocatedCost share : allocated) {
            allocatedTotal = allocatedTotal.add(share.billedCost());
        }
        assertThat(allocatedTotal).as("overall").isEqualByComparingTo(total);

        // Credits: the same costs negated are split into exactly the negated shares.
        List<CostGroup> credits = costs.stream().map(g -> new CostGroup(g.dimensions(), g.billedCost().negate(),
                g.effectiveCost() == null ? null : g.effectiveCost().negate(), g.rowCount())).toList();
        List<AllocatedCost> creditShares = AllocationCalculator.allocate(inForce, credits, metrics, BU_TAG);
        assertThat(creditShares).hasSameSizeAs(allocated);
        for (int k = 0; k < allocated.size(); k++) {
            assertThat(creditShares.get(k).businessUnit()).isEqualTo(allocated.get(k).businessUnit());
            assertThat(creditShares.get(k).billedCost()).isEqualByComparingTo(allocated.get(k).billedCost().negate());
        }

        // A version that starts in November never changes October.
        List<AllocationRule> withLater = new ArrayList<>(versions);
        AllocationRule later = randomRule(random, "r" + random.nextInt(4), 99, OCTOBER.plusMonths(1), null);
        withLater.add(later);
        List<AllocatedCost> october = AllocationCalculator.allocate(AllocationCalculator.inForce(withLater, OCTOBER),
                costs, metrics, BU_TAG);
        assertThat(october).isEqualTo(allocated);
    }

    /** The deciding rule and categories, re-stated naively from the rules' definition. */
    private static void checkDecision(CostGroup group, List<AllocatedCost> shares, List<AllocationRule> ordered,
                                      AllocationMetrics metrics) {
        AllocationRule deciding = null;
        WorkloadCategory workload = null;
        BudgetCategory budget = null;
        for (AllocationRule rule : ordered) {
            if (!naiveMatches(rule, group)) {
                continue;
            }
            if (deciding == null && rule.allocate().method() != AllocationMethod.NONE) {
                deciding = rule;
            }
            workload = workload == null ? rule.workloadCategory() : workload;
            budget = budget == null ? rule.budgetCategory() : budget;
        }
        CostCategories defaults = DefaultCategories.of(group.dimensions());
        for (AllocatedCost share : shares) {
            assertThat(share.workloadCategory()).isEqualTo(workload == null ? defaults.workload() : workload);
            assertThat(share.budgetCategory()).isEqualTo(budget == null ? defaults.budget() : budget);
        }
        if (deciding == null) {
            String tag = group.dimension(BU_TAG);
            assertThat(shares).singleElement().satisfies(s -> {
                assertThat(s.ruleCode()).isNull();
                assertThat(s.ruleVersion()).isNull();
                assertThat(s.businessUnit()).isEqualTo(tag == null || tag.isBlank() ? null : tag.trim());
            });
            return;
        }
        for (AllocatedCost share : shares) {
            assertThat(share.ruleCode()).isEqualTo(deciding.code());
            assertThat(share.ruleVersion()).isEqualTo(deciding.version());
        }
        RuleAllocation allocation = deciding.allocate();
        switch (allocation.method()) {
            case DIRECT -> assertThat(shares).singleElement()
                    .satisfies(s -> assertThat(s.businessUnit()).isEqualTo(allocation.businessUnit()));
            case FIXED -> {
                // Each share is its percentage of the group, give or take one unit of the last decimal.
                for (AllocatedCost share : shares) {
                    BigDecimal percent = allocation.shares().stream()
                            .filter(r -> r.businessUnit().equals(share.businessUnit())).findFirst().orElseThrow()
                            .percent();
                    BigDecimal exact = group.billedCost().multiply(percent).divide(new BigDecimal(100), 30,
                            RoundingMode.HALF_EVEN);
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(10, group.billedCost().scale()));
                    assertThat(share.billedCost().subtract(exact).abs()).isLessThan(unit);
                }
            }
            case USAGE_UNITS, CHARGEBACK_AMOUNT, EVEN -> {
                boolean nothingToSplitBy = shares.size() == 1 && shares.get(0).businessUnit() == null;
                if (nothingToSplitBy) {
                    assertThat(naiveWeightTotal(allocation, metrics)).isEqualByComparingTo(BigDecimal.ZERO);
                }
            }
            default -> fail("NONE never decides");
        }
    }

    private static BigDecimal naiveWeightTotal(RuleAllocation allocation, AllocationMetrics metrics) {
        List<String> participants = allocation.shares().isEmpty()
                ? metrics.usageUnits().keySet().stream().filter(bu -> allocation.method() == AllocationMethod.EVEN
                || metrics.usageUnits().get(bu).signum() > 0).toList()
                : allocation.shares().stream().map(RuleShare::businessUnit).toList();
        BigDecimal total = BigDecimal.ZERO;
        for (String bu : participants) {
            BigDecimal weight = switch (allocation.method()) {
                case EVEN -> BigDecimal.ONE;
                case USAGE_UNITS -> allocation.product() == null ? metrics.usageUnits().get(bu)
                        : metrics.usageUnitsByProduct().getOrDefault(bu, Map.of()).get(allocation.product());
                default -> metrics.chargebackAmount().get(bu);
            };
            total = total.add(weight == null || weight.signum() < 0 ? BigDecimal.ZERO : weight);
        }
        return total;
    }

    private static List<AllocationRule> naiveInForce(List<AllocationRule> versions) {
        Map<String, AllocationRule> highest = new HashMap<>();
        for (AllocationRule v : versions) {
            boolean covers = !OCTOBER.isBefore(v.effectiveFrom())
                    && (v.effectiveTo() == null || OCTOBER.isBefore(v.effectiveTo()));
            if (covers && (!highest.containsKey(v.code()) || highest.get(v.code()).version() < v.version())) {
                highest.put(v.code(), v);
            }
        }
        List<AllocationRule> ordered = new ArrayList<>(highest.values());
        ordered.sort(Comparator.comparing((AllocationRule r) -> r.priority()).thenComparing(AllocationRule::code));
        return ordered;
    }

    private static boolean naiveMatches(AllocationRule rule, CostGroup group) {
        for (RuleCondition c : rule.match()) {
            String actual = group.dimensions().get(c.dimension());
            boolean ok = c.value() == null ? actual == null || actual.isEmpty() : c.value().equals(actual);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // --- generators ---

    private static List<AllocationRule> randomVersions(Random random) {
        List<AllocationRule> versions = new ArrayList<>();
        int codes = random.nextInt(6);
        for (int c = 0; c < codes; c++) {
            String code = "r" + c;
            int count = 1 + random.nextInt(3);
            for (int v = 1; v <= count; v++) {
                YearMonth from = OCTOBER.plusMonths(random.nextInt(5) - 3);
                YearMonth to = random.nextInt(3) == 0 ? from.plusMonths(1 + random.nextInt(4)) : null;
                versions.add(randomRule(random, code, v, from, to));
            }
        }
        return versions;
    }

    private static AllocationRule randomRule(Random random, String code, int version, YearMonth from, YearMonth to) {
        List<RuleCondition> match = new ArrayList<>();
        List<String> dimensions = new ArrayList<>(VALUES.keySet());
        dimensions.sort(Comparator.naturalOrder());
        int conditions = random.nextInt(3);
        for (int i = 0; i < conditions; i++) {
            String dimension = dimensions.remove(random.nextInt(dimensions.size()));
            List<String> values = VALUES.get(dimension);
            match.add(new RuleCondition(dimension, random.nextInt(5) == 0 ? null
                    : values.get(random.nextInt(values.size()))));
        }
        AllocationMethod method = AllocationMethod.values()[random.nextInt(AllocationMethod.values().length)];
        RuleAllocation allocation = switch (method) {
            case DIRECT -> RuleAllocation.direct(pick(random, BUSINESS_UNITS), random.nextBoolean() ? "uc" : null);
            case NONE -> RuleAllocation.none();
            case FIXED -> RuleAllocation.shared(method, fixedShares(random));
            case USAGE_UNITS -> new RuleAllocation(method, null, null, participants(random),
                    random.nextBoolean() ? pick(random, PRODUCTS) : null);
            default -> RuleAllocation.shared(method, participants(random));
        };
        WorkloadCategory workload = random.nextInt(3) == 0 ? pick(random, List.of(WorkloadCategory.values())) : null;
        BudgetCategory budget = random.nextInt(3) == 0 ? pick(random, List.of(BudgetCategory.values())) : null;
        return new AllocationRule(code, version, code, random.nextInt(3), from, to, match, allocation, workload,
                budget, "property", null, null);
    }

    private static List<RuleShare> participants(Random random) {
        List<RuleShare> shares = new ArrayList<>();
        for (String bu : BUSINESS_UNITS) {
            if (random.nextInt(3) == 0) {
                shares.add(new RuleShare(bu, null, null));
            }
        }
        return shares;
    }

    /** Percentages with up to 4 decimals that add up to exactly 100. */
    private static List<RuleShare> fixedShares(Random random) {
        List<String> units = new ArrayList<>(BUSINESS_UNITS);
        java.util.Collections.shuffle(units, random);
        int n = 1 + random.nextInt(units.size());
        List<RuleShare> shares = new ArrayList<>();
        BigDecimal left = new BigDecimal("100");
        for (int i = 0; i < n; i++) {
            BigDecimal percent = i == n - 1 ? left
                    : left.multiply(BigDecimal.valueOf(1 + random.nextInt(99))).divide(new BigDecimal(100), 4,
                    RoundingMode.DOWN);
            if (percent.signum() <= 0) {
                break;
            }
            shares.add(new RuleShare(units.get(i), percent, null));
            left = left.subtract(percent);
        }
        if (left.signum() > 0) { // a zero percentage ended the loop early: the last share takes the rest
            RuleShare last = shares.remove(shares.size() - 1);
            shares.add(new RuleShare(last.businessUnit(), last.percent().add(left), null));
        }
        return shares;
    }

    private static List<CostGroup> randomCosts(Random random) {
        int n = random.nextInt(9);
        List<CostGroup> costs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> dimensions = new HashMap<>();
            for (Map.Entry<String, List<String>> e : VALUES.entrySet()) {
                int pick = random.nextInt(e.getValue().size() + 2);
                dimensions.put(e.getKey(), pick < e.getValue().size() ? e.getValue().get(pick)
                        : pick == e.getValue().size() ? null : "");
            }
            BigDecimal billed = randomAmount(random);
            BigDecimal effective = random.nextInt(6) == 0 ? null : randomAmount(random);
            costs.add(new CostGroup(dimensions, billed, effective, 1 + random.nextInt(1000)));
        }
        return costs;
    }

    private static BigDecimal randomAmount(Random random) {
        long unscaled = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(21) - 10; // tiny, zero included
            case 1 -> random.nextLong() % 1_000_000_000_000L;
            default -> random.nextInt(20_000_001) - 10_000_000;
        };
        return BigDecimal.valueOf(unscaled, random.nextInt(15));
    }

    private static AllocationMetrics randomMetrics(Random random) {
        Map<String, BigDecimal> units = new HashMap<>();
        Map<String, Map<String, BigDecimal>> byProduct = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (String bu : BUSINESS_UNITS) {
            if (random.nextInt(4) == 0) {
                continue; // no usage at all
            }
            BigDecimal total = BigDecimal.ZERO;
            Map<String, BigDecimal> products = new HashMap<>();
            for (String product : PRODUCTS) {
                if (random.nextBoolean()) {
                    BigDecimal quantity = BigDecimal.valueOf(random.nextInt(1000), random.nextInt(3));
                    products.put(product, quantity);
                    total = total.add(quantity);
                }
            }
            units.put(bu, total);
            byProduct.put(bu, products);
            if (random.nextInt(3) > 0) {
                amounts.put(bu, BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(6)));
            }
        }
        return new AllocationMetrics(units, byProduct, amounts);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static BigDecimal sum(List<AllocatedCost> shares, java.util.function.Function<AllocatedCost, BigDecimal> f) {
        return shares.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
