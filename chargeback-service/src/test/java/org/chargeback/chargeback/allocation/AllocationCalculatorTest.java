package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation math with literal numbers, no Quarkus. */
class AllocationCalculatorTest {

    static final String BU_TAG = "tag:business-unit";
    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void shouldSplitFixedPercentagesOfBothCosts() {
        AllocationRule rule = rule("gpu", 1, 100, RuleAllocation.shared(AllocationMethod.FIXED, List.of(
                new RuleShare("legal", new BigDecimal("40"), "contract-review"),
                new RuleShare("customer-support", new BigDecimal("60"), null))));

        List<AllocatedCost> shares = allocate(List.of(rule), List.of(cost("100.00", "90.00")));

        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly("customer-support", "legal");
        assertThat(shares.get(0).billedCost()).isEqualByComparingTo("60");
        assertThat(shares.get(1).billedCost()).isEqualByComparingTo("40");
        assertThat(shares.get(0).effectiveCost()).isEqualByComparingTo("54");
        assertThat(shares.get(1).effectiveCost()).isEqualByComparingTo("36");
        assertThat(shares.get(1).useCase()).isEqualTo("contract-review");
        assertThat(shares).allSatisfy(s -> {
            assertThat(s.ruleCode()).isEqualTo("gpu");
            assertThat(s.ruleVersion()).isEqualTo(1);
        });
    }

    @Test
    void shouldGiveTheEvenSplitsLeftOverUnitToTheFirstBusinessUnitByCode() {
        AllocationRule rule = rule("even", 1, 100, RuleAllocation.shared(AllocationMethod.EVEN, List.of(
                new RuleShare("c-unit", null, null), new RuleShare("a-unit", null, null),
                new RuleShare("b-unit", null, null))));

        List<AllocatedCost> shares = allocate(List.of(rule), List.of(cost("100", "100")));

        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly("a-unit", "b-unit", "c-unit");
        assertThat(shares).extracting(s -> s.billedCost().toPlainString())
                .containsExactly("33.3333333334", "33.3333333333", "33.3333333333");
    }

    @Test
    void shouldMirrorTheSplitForACredit() {
        AllocationRule rule = rule("even", 1, 100, RuleAllocation.shared(AllocationMethod.EVEN, List.of(
                new RuleShare("a-unit", null, null), new RuleShare("b-unit", null, null),
                new RuleShare("c-unit", null, null))));

        List<AllocatedCost> shares = allocate(List.of(rule), List.of(cost("-100", "-100")));

        assertThat(shares).extracting(s -> s.billedCost().toPlainString())
                .containsExactly("-33.3333333334", "-33.3333333333", "-33.3333333333");
    }

    @Test
    void shouldSplitByUsageUnitsWithTheLargestRemainder() {
        AllocationRule rule = rule("usage", 1, 100, RuleAllocation.shared(AllocationMethod.USAGE_UNITS, List.of()));
        AllocationMetrics metrics = new AllocationMetrics(Map.of("a-unit", new BigDecimal("1"),
                "b-unit", new BigDecimal("2"), "c-unit", BigDecimal.ZERO), Map.of(), Map.of());

        List<AllocatedCost> shares = AllocationCalculator.allocate(List.of(rule), List.of(cost("10", "10")), metrics,
                BU_TAG);

        // 10/3 = 3.3333333333|33.., 20/3 = 6.6666666666|66..: the missing unit goes to the larger remainder.
        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly("a-unit", "b-unit");
        assertThat(shares).extracting(s -> s.billedCost().toPlainString())
                .containsExactly("3.3333333333", "6.6666666667");
    }

    @Test
    void shouldCountOnlyTheRulesProductForUsageUnits() {
        AllocationRule rule = rule("docs", 1, 100, new RuleAllocation(AllocationMethod.USAGE_UNITS, null, null,
                List.of(new RuleShare("legal", null, null), new RuleShare("sales", null, null)), "doc-summary"));
        AllocationMetrics metrics = new AllocationMetrics(
                Map.of("legal", new BigDecimal("1030"), "sales", new BigDecimal("1010")),
                Map.of("legal", Map.of("doc-summary", new BigDecimal("30"), "translation", new BigDecimal("1000")),
                        "sales", Map.of("doc-summary", new BigDecimal("10"), "translation", new BigDecimal("1000"))),
                Map.of());

        List<AllocatedCost> shares = AllocationCalculator.allocate(List.of(rule), List.of(cost("400", "400")),
                metrics, BU_TAG);

        assertThat(shares.get(0).billedCost()).isEqualByComparingTo("300");
        assertThat(shares.get(1).billedCost()).isEqualByComparingTo("100");
    }

    @Test
    void shouldSplitByChargebackAmountAmongTheBusinessUnitsWithUsage() {
        AllocationRule rule = rule("by-amount", 1, 100,
                RuleAllocation.shared(AllocationMethod.CHARGEBACK_AMOUNT, List.of()));
        AllocationMetrics metrics = new AllocationMetrics(
                Map.of("legal", new BigDecimal("5"), "support", new BigDecimal("9"), "unrated", new BigDecimal("3")),
                Map.of(), Map.of("legal", new BigDecimal("25.50"), "support", new BigDecimal("76.50")));

        List<AllocatedCost> shares = AllocationCalculator.allocate(List.of(rule), List.of(cost("200", "180")),
                metrics, BU_TAG);

        // Units of unrated usage count as usage but add no amount: "unrated" gets nothing.
        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly("legal", "support");
        assertThat(shares.get(0).billedCost()).isEqualByComparingTo("50");
        assertThat(shares.get(1).billedCost()).isEqualByComparingTo("150");
        assertThat(shares.get(0).effectiveCost()).isEqualByComparingTo("45");
        assertThat(shares.get(1).effectiveCost()).isEqualByComparingTo("135");
    }

    @Test
    void shouldSplitEvenlyAmongEveryBusinessUnitOfTheMetricsWhenNoneAreNamed() {
        AllocationRule rule = rule("even", 1, 100, RuleAllocation.shared(AllocationMethod.EVEN, List.of()));
        AllocationMetrics metrics = new AllocationMetrics(Map.of("a-unit", new BigDecimal("1"),
                "b-unit", new BigDecimal("1000"), "c-unit", BigDecimal.ZERO, "d-unit", BigDecimal.ONE),
                Map.of(), Map.of());

        List<AllocatedCost> shares = AllocationCalculator.allocate(List.of(rule), List.of(cost("1", "1")), metrics,
                BU_TAG);

        assertThat(shares).extracting(s -> s.billedCost().toPlainString())
                .containsExactly("0.2500000000", "0.2500000000", "0.2500000000", "0.2500000000");
    }

    @Test
    void shouldKeepTheCostsOwnScaleWhenItHasMoreDecimals() {
        List<BigDecimal> shares = AllocationCalculator.split(new BigDecimal("0.000000000001"),
                List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));

        assertThat(shares).extracting(BigDecimal::toPlainString)
                .containsExactly("0.000000000001", "0.000000000000", "0.000000000000");
    }

    @ParameterizedTest
    @CsvSource({"USAGE_UNITS", "CHARGEBACK_AMOUNT", "EVEN"})
    void shouldLeaveTheGroupUnallocatedWhenThereIsNothingToSplitBy(AllocationMethod method) {
        AllocationRule rule = rule("nothing", 4, 100, RuleAllocation.shared(method, List.of()));
        CostGroup group = cost("12.34", "10", Map.of(BU_TAG, "support"));

        // EVEN without named business units splits among those the metrics know: here none.
        AllocationMetrics metrics = method == AllocationMethod.EVEN ? AllocationMetrics.none()
                : new AllocationMetrics(Map.of("support", BigDecimal.ZERO), Map.of(), Map.of());

        List<AllocatedCost> shares = AllocationCalculator.allocate(List.of(rule), List.of(group), metrics, BU_TAG);

        // Not the tag either: the rule claimed the cost and could not split it; it stays visible, naming the rule.
        assertThat(shares).singleElement().satisfies(s -> {
            assertThat(s.businessUnit()).isNull();
            assertThat(s.billedCost()).isEqualByComparingTo("12.34");
            assertThat(s.ruleCode()).isEqualTo("nothing");
            assertThat(s.ruleVersion()).isEqualTo(4);
        });
    }

    @Test
    void shouldUseTheTagWhenNoRuleMatchesAndLeaveUntaggedCostsUnallocated() {
        AllocationRule rule = direct("other", 1, 100, "legal", match("serviceName", "Azure OpenAI"));
        CostGroup tagged = cost("5", "5", Map.of(BU_TAG, " support "));
        CostGroup untagged = cost("7", "7", Map.of("serviceName", "Amazon S3"));

        List<AllocatedCost> shares = allocate(List.of(rule), List.of(tagged, untagged));

        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly("support", null);
        assertThat(shares).extracting(AllocatedCost::ruleCode).containsExactly(null, null);
    }

    @Test
    void shouldLetTheLowestPriorityDecideThenTheCode() {
        CostGroup group = cost("1", "1", Map.of("serviceName", "Amazon SageMaker"));
        AllocationRule late = direct("a-late", 1, 200, "late", match("serviceName", "Amazon SageMaker"));
        AllocationRule tieB = direct("b-tie", 1, 100, "tie-b", match("serviceName", "Amazon SageMaker"));
        AllocationRule tieA = direct("a-tie", 1, 100, "tie-a", match("serviceName", "Amazon SageMaker"));

        assertThat(allocate(List.of(late, tieB, tieA), List.of(group)).get(0).businessUnit()).isEqualTo("tie-a");
        assertThat(allocate(List.of(late, tieB), List.of(group)).get(0).businessUnit()).isEqualTo("tie-b");
    }

    @Test
    void shouldLetNoneRulesOnlyCategorise() {
        CostGroup group = cost("3", "3", Map.of("publisherName", "Microsoft", BU_TAG, "sales",
                "serviceCategory", "Compute"));
        AllocationRule seats = new AllocationRule("copilot", 2, "Copilot", 1, OCTOBER, null,
                List.of(match("publisherName", "Microsoft")), RuleAllocation.none(), WorkloadCategory.EMBEDDED, null,
                "t", null, null);
        AllocationRule budget = new AllocationRule("budget", 1, "Budget", 5, OCTOBER, null, List.of(),
                RuleAllocation.none(), WorkloadCategory.EXPERIMENTAL, BudgetCategory.VENDOR_AND_API, "t", null, null);

        AllocatedCost share = allocate(List.of(budget, seats), List.of(group)).get(0);

        assertThat(share.businessUnit()).isEqualTo("sales"); // the tag: NONE rules allocate nothing
        assertThat(share.ruleCode()).isNull();
        assertThat(share.workloadCategory()).isEqualTo(WorkloadCategory.EMBEDDED); // first rule that sets it
        assertThat(share.budgetCategory()).isEqualTo(BudgetCategory.VENDOR_AND_API); // independently
    }

    @Test
    void shouldFallBackToTheDefaultCategories() {
        CostGroup group = cost("3", "3", Map.of("serviceCategory", "Storage", "serviceName", "Amazon S3"));

        AllocatedCost share = allocate(List.of(), List.of(group)).get(0);

        assertThat(share.workloadCategory()).isEqualTo(WorkloadCategory.PRODUCTION_INFERENCE);
        assertThat(share.budgetCategory()).isEqualTo(BudgetCategory.DATA_AND_TOOLING);
    }

    @Test
    void shouldMatchAllConditionsExactlyAndNullOnlyWithoutTheValue() {
        AllocationRule rule = direct("untagged-net", 1, 1, "platform", match("serviceCategory", "Networking"),
                match(BU_TAG, null));
        CostGroup untagged = cost("1", "1", mapOf("serviceCategory", "Networking", BU_TAG, null));
        CostGroup tagged = cost("1", "1", Map.of("serviceCategory", "Networking", BU_TAG, "sales"));
        CostGroup otherCase = cost("1", "1", mapOf("serviceCategory", "networking", BU_TAG, null));

        assertThat(allocate(List.of(rule), List.of(untagged, tagged, otherCase)))
                .extracting(AllocatedCost::businessUnit).containsExactly("platform", "sales", null);
    }

    @Test
    void shouldPickTheHighestVersionWhosePeriodContainsTheMonth() {
        AllocationRule v1 = direct("gpu", 1, 100, "support");
        AllocationRule v2 = withPeriod(direct("gpu", 2, 100, "legal"), NOVEMBER, null);
        AllocationRule v3 = withPeriod(direct("gpu", 3, 100, "sales"), YearMonth.of(2027, 1), YearMonth.of(2027, 2));

        assertThat(AllocationCalculator.inForce(List.of(v1, v2, v3), OCTOBER)).containsExactly(v1);
        assertThat(AllocationCalculator.inForce(List.of(v3, v2, v1), NOVEMBER)).containsExactly(v2);
        assertThat(AllocationCalculator.inForce(List.of(v1, v2, v3), YearMonth.of(2027, 1))).containsExactly(v3);
        // After v3's period, v2 is the highest version in force again.
        assertThat(AllocationCalculator.inForce(List.of(v1, v2, v3), YearMonth.of(2027, 2))).containsExactly(v2);
        assertThat(AllocationCalculator.inForce(List.of(v1, v2, v3), YearMonth.of(2026, 9))).isEmpty();
    }

    @Test
    void shouldOrderTheRulesInForceByPriorityThenCode() {
        AllocationRule b = direct("b", 1, 5, "x");
        AllocationRule a = direct("a", 1, 5, "x");
        AllocationRule z = direct("z", 1, 0, "x");

        assertThat(AllocationCalculator.inForce(List.of(b, a, z), OCTOBER)).extracting(AllocationRule::code)
                .containsExactly("z", "a", "b");
    }

    // --- helpers shared with the property test ---

    static List<AllocatedCost> allocate(List<AllocationRule> rules, List<CostGroup> costs) {
        return AllocationCalculator.allocate(rules, costs, AllocationMetrics.none(), BU_TAG);
    }

    static AllocationRule rule(String code, int version, int priority, RuleAllocation allocation,
                               RuleCondition... match) {
        return new AllocationRule(code, version, code, priority, OCTOBER, null, Arrays.asList(match), allocation,
                null, null, "test", null, null);
    }

    static AllocationRule direct(String code, int version, int priority, String businessUnit,
                                 RuleCondition... match) {
        return rule(code, version, priority, RuleAllocation.direct(businessUnit, null), match);
    }

    static AllocationRule withPeriod(AllocationRule r, YearMonth from, YearMonth to) {
        return new AllocationRule(r.code(), r.version(), r.name(), r.priority(), from, to, r.match(), r.allocate(),
                r.workloadCategory(), r.budgetCategory(), r.changedBy(), r.reason(), r.createdAt());
    }

    static RuleCondition match(String dimension, String value) {
        return new RuleCondition(dimension, value);
    }

    static CostGroup cost(String billed, String effective) {
        return cost(billed, effective, Map.of());
    }

    static CostGroup cost(String billed, String effective, Map<String, String> dimensions) {
        return new CostGroup(new HashMap<>(dimensions), new BigDecimal(billed), new BigDecimal(effective), 1);
    }

    /** Map.of refuses null values; ingestion sends null for a missing tag. */
    static Map<String, String> mapOf(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
