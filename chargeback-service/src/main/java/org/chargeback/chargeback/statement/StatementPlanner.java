package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns a month's costs and rated usage into one draft statement per business unit. Pure: no CDI, no I/O.
 * Rounding: showback lines by {@link ShowbackRounding} over the whole run, chargeback lines one by one HALF_EVEN
 * (see {@link Money}); totals are sums of rounded lines.
 */
final class StatementPlanner {

    /** A line of the cost summary: provider BilledCost of a business unit (null = untagged) and service category. */
    record ShowbackCost(String businessUnit, String serviceCategory, BigDecimal billedCost) {
    }

    /**
     * Usage of a business unit and product in the month with its price: {@code amount} is pricing's exact quote
     * (tiers, discounts, minimums included), null = no price in force; {@code unitPrice} is null for tiered prices.
     */
    record RatedUsage(String businessUnit, String product, BigDecimal quantity, String unit, BigDecimal unitPrice,
                      BigDecimal amount) {

        boolean isRated() {
            return amount != null;
        }
    }

    private record CostKey(String businessUnit, String serviceCategory) {
    }

    /** Business units by code, the unallocated rest (no business unit) last, then service category. */
    private static final Comparator<CostKey> RUN_ORDER = Comparator
            .comparing(CostKey::businessUnit, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CostKey::serviceCategory);

    private StatementPlanner() {
    }

    static StatementPlan plan(YearMonth month, Currency currency, BigDecimal costTotal, List<ShowbackCost> costs,
                              List<RatedUsage> usage) {
        // Summaries are also split by billing currency; the run accepts one currency only, so merge to one line.
        Map<CostKey, BigDecimal> exactByKey = new TreeMap<>(RUN_ORDER);
        for (ShowbackCost cost : costs) {
            exactByKey.merge(new CostKey(cost.businessUnit(), cost.serviceCategory()), cost.billedCost(),
                    BigDecimal::add);
        }
        List<CostKey> keys = List.copyOf(exactByKey.keySet());
        List<BigDecimal> rounded = ShowbackRounding.allocateCents(
                keys.stream().map(exactByKey::get).toList(), Money.minorUnitDigits(currency));

        Map<String, List<StatementLine>> showbackByUnit = new TreeMap<>();
        List<UnallocatedCost> unallocated = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            CostKey key = keys.get(i);
            BigDecimal exact = exactByKey.get(key);
            Money amount = new Money(rounded.get(i), currency);
            if (key.businessUnit() == null) {
                unallocated.add(new UnallocatedCost(unallocated.size() + 1, key.serviceCategory(), exact, amount));
            } else {
                List<StatementLine> lines = showbackByUnit.computeIfAbsent(key.businessUnit(), bu -> new ArrayList<>());
                lines.add(new StatementLine(0, LineKind.SHOWBACK, "Showback: " + key.serviceCategory(),
                        key.serviceCategory(), null, null, null, null, exact, amount));
            }
        }

        Map<String, List<RatedUsage>> usageByUnit = new TreeMap<>();
        for (RatedUsage rated : usage) {
            usageByUnit.computeIfAbsent(rated.businessUnit(), bu -> new ArrayList<>()).add(rated);
        }

        TreeSet<String> businessUnits = new TreeSet<>(showbackByUnit.keySet());
        businessUnits.addAll(usageByUnit.keySet());
        List<StatementPlan.Draft> drafts = new ArrayList<>();
        for (String businessUnit : businessUnits) {
            List<StatementLine> lines = new ArrayList<>(showbackByUnit.getOrDefault(businessUnit, List.of()));
            usageByUnit.getOrDefault(businessUnit, List.of()).stream()
                    .sorted(Comparator.comparing(RatedUsage::product))
                    .map(rated -> usageLine(rated, month, currency))
                    .forEach(lines::add);
            drafts.add(draft(businessUnit, numbered(lines), currency));
        }
        return new StatementPlan(month, currency, costTotal, List.copyOf(drafts), List.copyOf(unallocated));
    }

    private static StatementLine usageLine(RatedUsage rated, YearMonth month, Currency currency) {
        String quantity = rated.quantity().stripTrailingZeros().toPlainString();
        if (!rated.isRated()) {
            // Unrated is not free: no amount at all, so nobody mistakes a missing price for a $0 price.
            return new StatementLine(0, LineKind.UNRATED,
                    rated.product() + ": " + quantity + " units, unrated (no price in force on " + month.atDay(1) + ")",
                    null, rated.product(), null, rated.quantity(), null, null, null);
        }
        BigDecimal exact = rated.amount();
        // Chargeback lines are rounded one by one, HALF_EVEN, to the currency's minor unit.
        Money amount = Money.round(exact, currency);
        String unit = rated.unit() == null ? "units" : rated.unit();
        return new StatementLine(0, LineKind.CHARGEBACK,
                rated.product() + ": " + quantity + " " + unit + " x " + (rated.unitPrice() == null
                        ? "tiered price" : rated.unitPrice().toPlainString() + " " + currency.getCurrencyCode()),
                null, rated.product(), rated.unit(), rated.quantity(), rated.unitPrice(), exact, amount);
    }

    private static List<StatementLine> numbered(List<StatementLine> lines) {
        List<StatementLine> numbered = new ArrayList<>(lines.size());
        for (StatementLine l : lines) {
            numbered.add(new StatementLine(numbered.size() + 1, l.kind(), l.description(), l.serviceCategory(),
                    l.product(), l.unit(), l.quantity(), l.unitPrice(), l.unroundedAmount(), l.amount()));
        }
        return List.copyOf(numbered);
    }

    private static StatementPlan.Draft draft(String businessUnit, List<StatementLine> lines, Currency currency) {
        Money showback = sum(lines, LineKind.SHOWBACK, currency);
        Money chargeback = sum(lines, LineKind.CHARGEBACK, currency);
        return new StatementPlan.Draft(businessUnit, lines, showback, chargeback);
    }

    private static Money sum(List<StatementLine> lines, LineKind kind, Currency currency) {
        return lines.stream().filter(l -> l.kind() == kind).map(StatementLine::amount).filter(Objects::nonNull)
                .reduce(Money.zero(currency), Money::plus);
    }
}
