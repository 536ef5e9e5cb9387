package org.chargeback.chargeback.allocation;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.allocation.Rules.create;
import static org.chargeback.chargeback.allocation.Rules.direct;
import static org.chargeback.chargeback.allocation.Rules.newCode;
import static org.chargeback.chargeback.allocation.Rules.registerBusinessUnit;
import static org.chargeback.chargeback.allocation.Rules.rule;

/** The contract a statement run uses, with rules stored through the API. Months of 2044 only. */
@QuarkusTest
class AllocationServiceTest {

    @Inject
    AllocationService allocation;

    @Test
    void shouldNameTheDimensionsOfTheRulesInForce() {
        String unit = registerBusinessUnit(null);
        create(rule(newCode("dims"), 1, "2044-02", "2044-03",
                "[{\"dimension\": \"tag:cost-pool\", \"equals\": \"gpu\"}, {\"dimension\": \"x_cluster\", "
                        + "\"equals\": null}]", direct(unit)));

        assertThat(allocation.costDimensions(YearMonth.of(2044, 2))).startsWith("billingAccountId", "subAccountId",
                "serviceCategory", "serviceName", "chargeCategory", "publisherName", "skuId", "tag:business-unit")
                .contains("tag:cost-pool", "x_cluster");
        assertThat(allocation.costDimensions(YearMonth.of(2044, 3))).doesNotContain("tag:cost-pool");
    }

    @Test
    void shouldAllocateWithTheRulesInForceThenTheTag() {
        String unit = registerBusinessUnit(null);
        String code = newCode("pool");
        create("{\"code\": \"" + code + "\", \"name\": \"pool\", \"priority\": 3, \"effectiveFrom\": \"2044-05\","
                + " \"effectiveTo\": \"2044-06\", \"match\": [{\"dimension\": \"tag:cost-pool\", \"equals\": \"p\"}],"
                + " \"allocate\": {\"method\": \"DIRECT\", \"businessUnit\": \"" + unit + "\"},"
                + " \"workloadCategory\": \"EXPERIMENTAL\", \"changedBy\": \"test\"}");
        Map<String, String> pooled = new HashMap<>(Map.of("tag:cost-pool", "p", "serviceCategory", "Storage"));
        Map<String, String> tagged = new HashMap<>(Map.of("tag:business-unit", "sales"));
        CostGroup a = new CostGroup(pooled, new BigDecimal("7.25"), new BigDecimal("7"), 3);
        CostGroup b = new CostGroup(tagged, new BigDecimal("-1.5"), new BigDecimal("-1.5"), 1);

        List<AllocatedCost> shares = allocation.allocate(YearMonth.of(2044, 5), List.of(a, b),
                AllocationMetrics.none());

        assertThat(shares).extracting(AllocatedCost::businessUnit).containsExactly(unit, "sales");
        assertThat(shares.get(0).ruleCode()).isEqualTo(code);
        assertThat(shares.get(0).ruleVersion()).isEqualTo(1);
        assertThat(shares.get(0).workloadCategory()).isEqualTo(WorkloadCategory.EXPERIMENTAL);
        assertThat(shares.get(0).budgetCategory()).isEqualTo(BudgetCategory.DATA_AND_TOOLING);
        assertThat(shares.get(1).ruleCode()).isNull();
        assertThat(shares.get(1).billedCost()).isEqualByComparingTo("-1.5");
        // Outside the rule's months the tag decides (a has none: unallocated).
        assertThat(allocation.allocate(YearMonth.of(2044, 6), List.of(a), AllocationMetrics.none()))
                .extracting(AllocatedCost::businessUnit).containsOnlyNulls();
    }
}
