package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.allocation.AllocationPreview.MovedCost;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.allocation.AllocationCalculatorTest.BU_TAG;
import static org.chargeback.chargeback.allocation.AllocationCalculatorTest.cost;
import static org.chargeback.chargeback.allocation.AllocationCalculatorTest.direct;
import static org.chargeback.chargeback.allocation.AllocationCalculatorTest.rule;

/** The preview's comparison and the usage metrics, no Quarkus. */
class AllocationComparisonTest {

    @Test
    void shouldListOneMovePerChangedPairLargestFirst() {
        CostGroup shared = cost("100", "100", Map.of("serviceName", "gpu", BU_TAG, "a-unit"));
        CostGroup credit = cost("-9", "-9", Map.of("serviceName", "gpu"));
        CostGroup untouched = cost("5", "5", Map.of("serviceName", "s3", BU_TAG, "c-unit"));
        AllocationRule split = rule("split", 2, 1, RuleAllocation.shared(AllocationMethod.FIXED, List.of(
                new RuleShare("a-unit", new BigDecimal("25"), null), new RuleShare("b-unit", new BigDecimal("45"), null),
                new RuleShare("c-unit", new BigDecimal("30"), null))), AllocationCalculatorTest.match("serviceName", "gpu"));
        List<CostGroup> costs = List.of(shared, credit, untouched);

        List<AllocatedCost> before = AllocationCalculatorTest.allocate(List.of(), costs);
        List<AllocatedCost> after = AllocationCalculatorTest.allocate(List.of(split), costs);
        List<MovedCost> moves = AllocationComparison.moves(before, after);

        assertThat(moves).extracting(MovedCost::fromBusinessUnit, MovedCost::toBusinessUnit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-unit", "b-unit"),
                        org.assertj.core.groups.Tuple.tuple("a-unit", "c-unit"),
                        org.assertj.core.groups.Tuple.tuple(null, "b-unit"),
                        org.assertj.core.groups.Tuple.tuple(null, "c-unit"),
                        org.assertj.core.groups.Tuple.tuple(null, "a-unit"));
        assertThat(moves).extracting(m -> m.billedCost().stripTrailingZeros().toPlainString())
                .containsExactly("45", "30", "-4.05", "-2.7", "-2.25");
        assertThat(moves.get(0).ruleBefore()).isNull();
        assertThat(moves.get(0).ruleAfter()).isEqualTo(new AllocationPreview.RuleRef("split", 2));

        assertThat(AllocationComparison.businessUnits(before, after))
                .extracting(AllocationPreview.BusinessUnitChange::businessUnit).containsExactly("a-unit", "b-unit",
                        "c-unit", null);
        assertThat(AllocationComparison.businessUnits(before, after)).extracting(c -> c.delta().stripTrailingZeros()
                .toPlainString()).containsExactly("-77.25", "40.95", "27.3", "9");
    }

    @Test
    void shouldFindNoMoveWhenOnlyTheRuleChanges() {
        CostGroup group = cost("3", "3", Map.of(BU_TAG, "a-unit"));
        List<AllocatedCost> before = AllocationCalculatorTest.allocate(List.of(), List.of(group));
        List<AllocatedCost> after = AllocationCalculatorTest.allocate(List.of(direct("same", 1, 1, "a-unit")),
                List.of(group));

        assertThat(AllocationComparison.moves(before, after)).isEmpty();
    }

    @Test
    void shouldCountUnitsOfUnratedUsageButNoAmount() {
        List<UsageSummary.Group> usage = List.of(
                new UsageSummary.Group(Map.of("businessUnit", "legal", "product", "docs"), new BigDecimal("10"), 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO),
                new UsageSummary.Group(Map.of("businessUnit", "legal", "product", "free"), new BigDecimal("5"), 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO),
                new UsageSummary.Group(Map.of("businessUnit", "sales", "product", "docs"), new BigDecimal("2"), 1,
                        BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO));
        Quote docs = new Quote("docs", "legal", BigDecimal.TEN, "doc", new BigDecimal("0.125"), "USD",
                new BigDecimal("1.25"), "v1", "2026-01-01", "2026-10-01", null);
        Quote sales = new Quote("docs", "sales", BigDecimal.TEN, "doc", new BigDecimal("0.125"), "USD",
                new BigDecimal("0.25"), "v1", "2026-01-01", "2026-10-01", null);

        AllocationMetrics metrics = UsageMetrics.of(usage, List.of(Optional.of(docs), Optional.empty(),
                Optional.of(sales)));

        assertThat(metrics.usageUnits()).containsEntry("legal", new BigDecimal("15"))
                .containsEntry("sales", new BigDecimal("2"));
        assertThat(metrics.usageUnitsByProduct().get("legal")).containsEntry("free", new BigDecimal("5"));
        assertThat(metrics.chargebackAmount()).containsEntry("legal", new BigDecimal("1.25"))
                .containsEntry("sales", new BigDecimal("0.25"));
        assertThat(UsageMetrics.of(usage, null).chargebackAmount()).isEmpty();
    }
}
