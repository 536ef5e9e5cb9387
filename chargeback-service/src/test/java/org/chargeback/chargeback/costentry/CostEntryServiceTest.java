package org.chargeback.chargeback.costentry;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.costentry.dto.CreateCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.CreateRecurringCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.ReverseCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.UpdateRecurringCostEntryRequest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the statement run reads: {@link CostEntryService#costsOf}, on the real database. */
@QuarkusTest
class CostEntryServiceTest {

    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Inject
    CostEntryService costEntries;

    @Test
    void shouldGiveEveryManualAndRecurringCostOfTheMonthExactlyInStatementOrder() {
        String prefix = Registry.newCode();
        String legal = prefix + "-legal";
        String support = prefix + "-support";
        Registry.register(support);
        Registry.register(legal);
        RecurringCostEntry copilot = costEntries.createRecurringCostEntry(recurring(support + "-copilot", support,
                "120", "30", "2026-10", null));
        RecurringCostEntry chatgpt = costEntries.createRecurringCostEntry(recurring(legal + "-chatgpt", legal,
                "7", "19.99", "2026-09", "2026-12"));
        CostEntry talent = costEntries.enterCostEntry(manual(support, "18500.00", BudgetCategory.TALENT));
        CostEntry wrong = costEntries.enterCostEntry(manual(support, "999.99", BudgetCategory.DATA_AND_TOOLING));
        CostEntry reversal = costEntries.reverseCostEntry(wrong.id(),
                new ReverseCostEntryRequest("Wrong business unit", "finops@example.com"));
        CostEntry credit = costEntries.enterCostEntry(manual(legal, "-0.0000000001", BudgetCategory.VENDOR_AND_API));
        costEntries.enterCostEntry(new CreateCostEntryRequest("2026-11", support, null, BudgetCategory.TALENT,
                WorkloadCategory.PRODUCTION_INFERENCE, new BigDecimal("1"), "USD", "November", "finops@example.com"));

        List<ManualCost> costs = costsOf(OCTOBER, legal, support);

        List<String> supportManual = List.of(talent.id().toString(), wrong.id().toString(),
                reversal.id().toString()).stream().sorted().toList();
        assertThat(costs).extracting(ManualCost::businessUnit, ManualCost::source, ManualCost::reference).containsExactly(
                tuple(legal, "MANUAL", credit.id().toString()),
                tuple(legal, "RECURRING", chatgpt.code() + "@v1"),
                tuple(support, "MANUAL", supportManual.get(0)),
                tuple(support, "MANUAL", supportManual.get(1)),
                tuple(support, "MANUAL", supportManual.get(2)),
                tuple(support, "RECURRING", copilot.code() + "@v1"));
        assertThat(byReference(costs, copilot.code() + "@v1")).satisfies(c -> {
            assertThat(c.amount()).isEqualByComparingTo("3600");
            assertThat(c.quantity()).isEqualByComparingTo("120");
            assertThat(c.unitPrice()).isEqualByComparingTo("30");
            assertThat(c.currency()).isEqualTo("USD");
            assertThat(c.budgetCategory()).isEqualTo(BudgetCategory.VENDOR_AND_API);
            assertThat(c.workloadCategory()).isEqualTo(WorkloadCategory.EMBEDDED);
            assertThat(c.description()).isEqualTo("Microsoft 365 Copilot seats");
        });
        assertThat(byReference(costs, chatgpt.code() + "@v1").amount()).isEqualTo(new BigDecimal("139.93"));
        assertThat(byReference(costs, talent.id().toString())).satisfies(c -> {
            assertThat(c.amount()).isEqualTo(new BigDecimal("18500.00"));
            assertThat(c.quantity()).isNull();
            assertThat(c.unitPrice()).isNull();
            assertThat(c.budgetCategory()).isEqualTo(BudgetCategory.TALENT);
            assertThat(c.workloadCategory()).isEqualTo(WorkloadCategory.PRODUCTION_INFERENCE);
            assertThat(c.useCase()).isEqualTo("tickets");
        });
        // A reversed entry and its reversal are both there and net to zero.
        assertThat(byReference(costs, wrong.id().toString()).amount()
                .add(byReference(costs, reversal.id().toString()).amount())).isZero();
        // Never rounded: the statement line rounds.
        assertThat(byReference(costs, credit.id().toString()).amount()).isEqualTo(new BigDecimal("-0.0000000001"));
    }

    @Test
    void shouldUseTheVersionInForceInEachMonth() {
        String support = Registry.registeredBusinessUnit();
        String code = support + "-copilot";
        costEntries.createRecurringCostEntry(recurring(code, support, "120", "30", "2026-10", null));
        costEntries.updateRecurringCostEntry(code, "\"1\"", new UpdateRecurringCostEntryRequest(null, support, null,
                "Microsoft 365 Copilot seats", new BigDecimal("150"), new BigDecimal("30"), "USD", null, null,
                "2026-12", "2027-02", "finops@example.com"));

        assertThat(costsOf(YearMonth.of(2026, 9), support)).isEmpty();
        assertThat(costsOf(YearMonth.of(2026, 11), support)).extracting(ManualCost::reference, c -> c.amount().toPlainString())
                .containsExactly(tuple(code + "@v1", "3600"));
        assertThat(costsOf(YearMonth.of(2026, 12), support)).extracting(ManualCost::reference, c -> c.amount().toPlainString())
                .containsExactly(tuple(code + "@v2", "4500"));
        assertThat(costsOf(YearMonth.of(2027, 2), support)).extracting(ManualCost::reference)
                .containsExactly(code + "@v2");
        assertThat(costsOf(YearMonth.of(2027, 3), support)).isEmpty();
    }

    private List<ManualCost> costsOf(YearMonth month, String... businessUnits) {
        Set<String> units = Set.of(businessUnits);
        return costEntries.costsOf(month).stream().filter(c -> units.contains(c.businessUnit())).toList();
    }

    private static ManualCost byReference(List<ManualCost> costs, String reference) {
        return costs.stream().filter(c -> c.reference().equals(reference)).findFirst().orElseThrow();
    }

    private static CreateCostEntryRequest manual(String unit, String amount, BudgetCategory budget) {
        return new CreateCostEntryRequest("2026-10", unit, budget == BudgetCategory.TALENT ? "tickets" : null, budget,
                WorkloadCategory.PRODUCTION_INFERENCE, new BigDecimal(amount), "USD", "Cost of " + unit,
                "finops@example.com");
    }

    private static CreateRecurringCostEntryRequest recurring(String code, String unit, String quantity,
                                                             String unitPrice, String from, String to) {
        return new CreateRecurringCostEntryRequest(code, unit, null, "Microsoft 365 Copilot seats",
                new BigDecimal(quantity), new BigDecimal(unitPrice), "USD", null, null, from, to,
                "finops@example.com");
    }
}
