package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader wants to know about a statement beyond its lines: showback by budget category, workload category,
 * use case and top services; platform recovery (chargeback minus showback) per product; unit economics per use case;
 * the change against the previous month. Pure. Every amount here is a sum of rounded lines, so the breakdowns add
 * up to the statement totals exactly; ratios (cost per unit, percentages) are rates, not amounts, and are rounded
 * for display only (scale noted at each).
 */
public final class StatementInsights {

    static final String NO_USE_CASE = "(no use case)";
    static final String NO_PRODUCT = "(no product)";
    static final int TOP_SERVICES = 5;

    /** Declared business value of one unit of a use case. */
    public record UseCaseValue(String product, BigDecimal valuePerUnit, String valueCurrency) {
    }

    public record Amount(String key, Money amount) {
    }

    public record Showback(List<Amount> byBudgetCategory, List<Amount> byWorkloadCategory, List<Amount> byUseCase,
                           List<Amount> topServices) {
    }

    /** @param recovery chargeback - showback; positive = the platform recovers more than the cost */
    public record ProductRecovery(String product, Money chargeback, Money showback, Money recovery) {
    }

    public record Recovery(List<ProductRecovery> byProduct, Money total) {
    }

    /**
     * @param costPerUnit      showback attributed to the use case / units, 6 decimals (HALF_EVEN); null without
     *                         units or without attributed cost
     * @param value            units x valuePerUnit, rounded to the minor unit; null when no value is declared
     * @param valueToCostRatio value / cost, 2 decimals; null without value or cost
     * @param tokensPerOutcome (tokensIn + tokensOut) / the quantity of the events that carried token counts, 1
     *                         decimal; null when no event carried them
     */
    public record UnitEconomics(String useCase, String product, BigDecimal units, long eventCount, Money cost,
                                BigDecimal costPerUnit, BigDecimal valuePerUnit, Money value,
                                BigDecimal valueToCostRatio, BigDecimal tokensIn, BigDecimal tokensOut,
                                long tokenEventCount, BigDecimal tokensPerOutcome) {
    }

    /**
     * @param changePercent (this - previous) / |previous| x 100, 1 decimal; null without a previous month or when it
     *                      was zero
     * @param flagged       the change exceeds the threshold (or spend appeared from zero)
     */
    public record Change(Money previous, Money current, BigDecimal changePercent, boolean flagged) {
    }

    public record Variance(String previousMonth, java.util.UUID previousStatementId, Change showback,
                           Change chargeback, BigDecimal thresholdPercent) {
    }

    private StatementInsights() {
    }

    public static Showback showback(Statement s) {
        Currency currency = s.currency();
        Map<BudgetCategory, Money> budget = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            budget.put(c, Money.zero(currency));
        }
        Map<WorkloadCategory, Money> workload = new EnumMap<>(WorkloadCategory.class);
        for (WorkloadCategory c : WorkloadCategory.values()) {
            workload.put(c, Money.zero(currency));
        }
        Map<String, Money> useCase = new TreeMap<>();
        Map<String, Money> services = new LinkedHashMap<>();
        for (StatementLine line : s.lines()) {
            if (line.kind() != LineKind.SHOWBACK) {
                continue;
            }
            StatementLine.Cost cost = line.cost();
            budget.merge(cost.budgetCategory(), line.amount(), Money::plus);
            workload.merge(cost.workloadCategory(), line.amount(), Money::plus);
            useCase.merge(cost.useCase() == null ? NO_USE_CASE : cost.useCase(), line.amount(), Money::plus);
            if (cost.source() == LineSource.PROVIDER) {
                services.merge(cost.serviceName(), line.amount(), Money::plus);
            }
        }
        List<Amount> top = services.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Money> e) -> e.getValue().amount()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(TOP_SERVICES).map(e -> new Amount(e.getKey(), e.getValue())).toList();
        return new Showback(amounts(budget), amounts(workload), amounts(useCase), top);
    }

    /**
     * Recovery per product: its CHARGEBACK lines minus the showback of the use cases charged for it (a use case's
     * product from the registry, else from its usage). Showback of no use case, or of a use case without a known
     * product, is the "(no product)" row, so the rows add up to the total: chargeback lines - showback.
     */
    public static Recovery recovery(Statement s, Map<String, UseCaseValue> useCases) {
        Currency currency = s.currency();
        Map<String, String> productOfUseCase = new TreeMap<>();
        for (UsageRow usage : s.usage()) {
            productOfUseCase.putIfAbsent(usage.useCase(), usage.product());
        }
        useCases.forEach((code, value) -> productOfUseCase.put(code, value.product()));
        Map<String, Money[]> byProduct = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Money charged = Money.zero(currency);
        for (StatementLine line : s.lines()) {
            if (line.kind() == LineKind.CHARGEBACK) {
                charged = charged.plus(line.amount());
                bucket(byProduct, line.charge().product(), currency)[0] = bucket(byProduct, line.charge().product(),
                        currency)[0].plus(line.amount());
            } else if (line.kind() == LineKind.SHOWBACK) {
                String useCase = line.cost().useCase();
                String product = useCase == null ? null : productOfUseCase.get(useCase);
                bucket(byProduct, product, currency)[1] = bucket(byProduct, product, currency)[1].plus(line.amount());
            }
        }
        List<ProductRecovery> rows = new ArrayList<>();
        byProduct.forEach((product, sums) -> rows.add(new ProductRecovery(product == null ? NO_PRODUCT : product,
                sums[0], sums[1], sums[0].minus(sums[1]))));
        return new Recovery(rows, charged.minus(s.showbackTotal()));
    }

    private static Money[] bucket(Map<String, Money[]> map, String key, Currency currency) {
        return map.computeIfAbsent(key, k -> new Money[]{Money.zero(currency), Money.zero(currency)});
    }

    public static List<UnitEconomics> unitEconomics(Statement s, Map<String, UseCaseValue> useCases) {
        Currency currency = s.currency();
        Map<String, Money> costByUseCase = new TreeMap<>();
        for (StatementLine line : s.lines()) {
            if (line.kind() == LineKind.SHOWBACK && line.cost().useCase() != null) {
                costByUseCase.merge(line.cost().useCase(), line.amount(), Money::plus);
            }
        }
        List<UnitEconomics> rows = new ArrayList<>();
        for (UsageRow usage : s.usage()) {
            String code = usage.useCase().isEmpty() ? NO_USE_CASE : usage.useCase();
            Money cost = costByUseCase.getOrDefault(usage.useCase(), Money.zero(currency));
            boolean hasUnits = usage.quantity().signum() > 0;
            BigDecimal costPerUnit = hasUnits && !cost.isZero()
                    ? cost.amount().divide(usage.quantity(), 6, RoundingMode.HALF_EVEN) : null;
            UseCaseValue declared = useCases.get(usage.useCase());
            BigDecimal valuePerUnit = declared == null ? null : declared.valuePerUnit();
            Money value = valuePerUnit == null ? null : Money.round(valuePerUnit.multiply(usage.quantity()), currency);
            BigDecimal ratio = value == null || cost.isZero() ? null
                    : value.amount().divide(cost.amount(), 2, RoundingMode.HALF_EVEN);
            BigDecimal tokens = usage.tokensIn().add(usage.tokensOut());
            // Only the events that carried token counts: their tokens over their quantity.
            BigDecimal tokensPerOutcome = usage.tokenQuantity().signum() > 0
                    ? tokens.divide(usage.tokenQuantity(), 1, RoundingMode.HALF_EVEN) : null;
            rows.add(new UnitEconomics(code, usage.product(), usage.quantity(), usage.eventCount(), cost,
                    costPerUnit, valuePerUnit, value, ratio, usage.tokensIn(), usage.tokensOut(),
                    usage.tokenEventCount(), tokensPerOutcome));
        }
        return rows;
    }

    /** The change against the previous month's statement; null previous = no statement that month. */
    public static Variance variance(Statement s, Statement previous, BigDecimal thresholdPercent) {
        if (previous == null) {
            return new Variance(s.month().minusMonths(1).toString(), null,
                    change(null, s.showbackTotal(), thresholdPercent), change(null, s.chargebackTotal(),
                    thresholdPercent), thresholdPercent);
        }
        return new Variance(previous.month().toString(), previous.id(),
                change(previous.showbackTotal(), s.showbackTotal(), thresholdPercent),
                change(previous.chargebackTotal(), s.chargebackTotal(), thresholdPercent), thresholdPercent);
    }

    static Change change(Money previous, Money current, BigDecimal thresholdPercent) {
        if (previous == null) {
            return new Change(null, current, null, false);
        }
        if (previous.isZero()) {
            return new Change(previous, current, null, !current.isZero());
        }
        BigDecimal percent = current.amount().subtract(previous.amount()).multiply(BigDecimal.valueOf(100))
                .divide(previous.amount().abs(), 10, RoundingMode.HALF_EVEN);
        // Strictly above the threshold: a change of exactly 15 % is within the corridor.
        boolean flagged = percent.abs().compareTo(thresholdPercent) > 0;
        return new Change(previous, current, percent.setScale(1, RoundingMode.HALF_EVEN), flagged);
    }

    private static <K> List<Amount> amounts(Map<K, Money> map) {
        List<Amount> list = new ArrayList<>();
        map.forEach((k, v) -> list.add(new Amount(k.toString(), v)));
        return list;
    }
}
