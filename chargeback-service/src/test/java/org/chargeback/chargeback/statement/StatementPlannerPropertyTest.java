package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.allocation.AllocatedCost;
import org.chargeback.chargeback.allocation.CostGroup;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For any allocated costs, entries and usage: the statements plus the unallocated lines reconcile to the provider
 * total to the cent (BilledCost and EffectiveCost), every total is the sum of its rounded lines, and every breakdown
 * of a statement adds up to its total. 1,000 seeded random months.
 */
class StatementPlannerPropertyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final List<String> UNITS = List.of("alpha", "beta", "gamma", "delta");
    private static final List<String> SERVICES = List.of("Amazon Bedrock", "OpenAI API", "Amazon EC2", "Copilot");

    @Test
    void shouldReconcileToTheCentForAnyMonth() {
        Random random = new Random(20261124L);
        for (int month = 0; month < 1000; month++) {
            List<AllocatedCost> allocations = new ArrayList<>();
            BigDecimal billedTotal = BigDecimal.ZERO;
            BigDecimal effectiveTotal = BigDecimal.ZERO;
            int groups = 1 + random.nextInt(30);
            for (int g = 0; g < groups; g++) {
                BigDecimal billed = amount(random);
                BigDecimal effective = amount(random);
                billedTotal = billedTotal.add(billed);
                effectiveTotal = effectiveTotal.add(effective);
                CostGroup group = new CostGroup(Map.of("serviceName", SERVICES.get(random.nextInt(SERVICES.size())),
                        "serviceCategory", "AI and Machine Learning"), billed, effective, 1 + random.nextInt(9));
                // Split the group in up to three exact shares (what a shared rule does), some unallocated.
                int shares = 1 + random.nextInt(3);
                BigDecimal billedLeft = billed;
                BigDecimal effectiveLeft = effective;
                for (int s = 0; s < shares; s++) {
                    BigDecimal b = s == shares - 1 ? billedLeft
                            : billed.divide(BigDecimal.valueOf(shares), 10, RoundingMode.DOWN);
                    BigDecimal e = s == shares - 1 ? effectiveLeft
                            : effective.divide(BigDecimal.valueOf(shares), 10, RoundingMode.DOWN);
                    billedLeft = billedLeft.subtract(b);
                    effectiveLeft = effectiveLeft.subtract(e);
                    String unit = random.nextInt(5) == 0 ? null : UNITS.get(random.nextInt(UNITS.size()));
                    allocations.add(new AllocatedCost(group, unit, random.nextBoolean() ? "uc-" + random.nextInt(3)
                            : null, WorkloadCategory.values()[random.nextInt(4)],
                            BudgetCategory.values()[random.nextInt(5)], b, e, null, null));
                }
            }
            List<StatementPlanner.EntryCost> entries = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                entries.add(new StatementPlanner.EntryCost(LineSource.MANUAL, UUID.randomUUID().toString(),
                        UNITS.get(random.nextInt(UNITS.size())), null, WorkloadCategory.EXPERIMENTAL,
                        BudgetCategory.TALENT, "contractor", null, null, amount(random)));
            }
            List<StatementPlanner.RatedUsage> rated = new ArrayList<>();
            for (String unit : UNITS) {
                if (random.nextBoolean()) {
                    BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(5000));
                    rated.add(new StatementPlanner.RatedUsage(unit, "p-" + random.nextInt(2), quantity, "unit",
                            new BigDecimal("0.0125"), quantity.multiply(new BigDecimal("0.0125")), "v1", null));
                }
            }

            StatementPlan plan = StatementPlanner.plan(new StatementPlanner.Inputs(YearMonth.of(2026, 10), USD,
                    "platform", billedTotal, effectiveTotal, allocations, entries, rated, Map.of(), List.of()));

            Money provider = Money.zero(USD);
            Money effective = Money.zero(USD);
            for (StatementPlan.Draft draft : plan.drafts()) {
                StatementPlan.Totals sums = StatementPlanner.totals(draft.lines(), USD);
                assertThat(draft.totals()).isEqualTo(sums);
                provider = provider.plus(draft.totals().showback().minus(draft.totals().manual()))
                        .plus(draft.totals().unallocated());
                for (StatementLine line : draft.lines()) {
                    if (line.isProviderCost()) {
                        effective = effective.plus(line.cost().effectiveAmount());
                    }
                }
                Statement statement = new Statement(UUID.randomUUID(), UUID.randomUUID(), plan.month(),
                        draft.businessUnit(), null, null, 1, StatementStatus.DRAFT, USD, draft.totals(), null, null,
                        null, null, null, null, null, Map.of(), draft.lines(), draft.usage());
                StatementInsights.Showback showback = StatementInsights.showback(statement);
                assertThat(sum(showback.byBudgetCategory())).isEqualTo(draft.totals().showback());
                assertThat(sum(showback.byWorkloadCategory())).isEqualTo(draft.totals().showback());
                assertThat(sum(showback.byUseCase())).isEqualTo(draft.totals().showback());
                StatementInsights.Recovery recovery = StatementInsights.recovery(statement, Map.of());
                assertThat(recovery.byProduct().stream().map(StatementInsights.ProductRecovery::recovery)
                        .reduce(Money.zero(USD), Money::plus)).isEqualTo(recovery.total());
            }
            assertThat(provider).as("month %d", month).isEqualTo(Money.round(billedTotal, USD));
            assertThat(effective).as("month %d", month).isEqualTo(Money.round(effectiveTotal, USD));
            Map<String, Money> unallocated = new HashMap<>();
            plan.unallocatedCosts().forEach(c -> unallocated.merge("all", c.amount(), Money::plus));
            assertThat(unallocated.getOrDefault("all", Money.zero(USD))).isEqualTo(plan.unallocatedTotal());
        }
    }

    /** Amounts with up to 7 decimals, credits included, like FOCUS BilledCost. */
    private static BigDecimal amount(Random random) {
        long units = random.nextInt(2_000_000_000) - 200_000_000L;
        return BigDecimal.valueOf(units, random.nextInt(8));
    }

    private static Money sum(List<StatementInsights.Amount> amounts) {
        return amounts.stream().map(StatementInsights.Amount::amount).reduce(Money.zero(USD), Money::plus);
    }
}
