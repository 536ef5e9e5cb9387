package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.allocation.AllocatedCost;
import org.chargeback.chargeback.allocation.CostGroup;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Turns a month's allocated costs, cost entries, rated usage and adjustments into one draft statement per business
 * unit. Pure: no CDI, no I/O.
 *
 * <p>Rounding, once, at the line, to the currency's minor unit: provider cost lines (every business unit's and the
 * unallocated ones) together by {@link ShowbackRounding} (largest remainder, so they add up to the provider total to
 * the cent), BilledCost and EffectiveCost each; entry lines and chargeback lines one by one HALF_EVEN (see
 * {@link Money}); adjustments are differences of rounded amounts already. Totals are sums of rounded lines.
 */
final class StatementPlanner {

    /**
     * Usage of a business unit and product in the month with its price: {@code amount} is pricing's exact quote
     * (tiers, discounts, minimums included), null = no price in force; {@code unitPrice} is null for tiered prices.
     */
    record RatedUsage(String businessUnit, String product, BigDecimal quantity, String unit, BigDecimal unitPrice,
                      BigDecimal amount, String priceVersionId, String tierLines) {

        boolean isRated() {
            return amount != null;
        }
    }

    /** A manual or recurring cost entry of the month (exact amount). */
    record EntryCost(LineSource source, String reference, String businessUnit, String useCase,
                     WorkloadCategory workloadCategory, BudgetCategory budgetCategory, String description,
                     BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount) {
    }

    /** A change of an issued month to carry on this month's draft; {@code delta} is already in minor units. */
    record CarriedAdjustment(String businessUnit, UUID originalStatementId, YearMonth originalMonth, String product,
                             BigDecimal delta, String cause) {
    }

    record Inputs(YearMonth month, Currency currency, String platformBusinessUnit, BigDecimal costTotal,
                  BigDecimal effectiveCostTotal, List<AllocatedCost> allocations, List<EntryCost> entries,
                  List<RatedUsage> rated, Map<String, List<UsageRow>> usageByUnit,
                  List<CarriedAdjustment> adjustments) {
    }

    /** The key provider cost shares are summed by into one line; businessUnit null = unallocated. */
    private record CostKey(String businessUnit, BudgetCategory budget, WorkloadCategory workload, String useCase,
                           String serviceCategory, String serviceName, String ruleCode, Integer ruleVersion) {
    }

    private static final class CostSum {
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        final List<LineCostSource> sources = new ArrayList<>();
    }

    /** Business units by code, the unallocated rest last; then categories, use case, service, rule. */
    private static final Comparator<CostKey> RUN_ORDER = Comparator
            .comparing(CostKey::businessUnit, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CostKey::budget)
            .thenComparing(CostKey::workload)
            .thenComparing(CostKey::useCase, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CostKey::serviceCategory)
            .thenComparing(CostKey::serviceName)
            .thenComparing(CostKey::ruleCode, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(CostKey::ruleVersion, Comparator.nullsFirst(Comparator.naturalOrder()));

    static final String NO_SERVICE_CATEGORY = "Other";
    static final String NO_SERVICE_NAME = "(no service name)";

    private StatementPlanner() {
    }

    static StatementPlan plan(Inputs in) {
        Currency currency = in.currency();
        int digits = Money.minorUnitDigits(currency);

        Map<CostKey, CostSum> sums = new TreeMap<>(RUN_ORDER);
        // Every group once, in the order ingestion listed them (identity: the shares of a group share its record).
        Map<CostGroup, Boolean> groups = new java.util.IdentityHashMap<>();
        List<CostGroup> groupOrder = new ArrayList<>();
        for (AllocatedCost share : in.allocations()) {
            if (!groups.containsKey(share.source())) {
                groupOrder.add(share.source());
            }
            String serviceCategory = orDefault(share.source().dimension("serviceCategory"), NO_SERVICE_CATEGORY);
            String serviceName = orDefault(share.source().dimension("serviceName"), NO_SERVICE_NAME);
            CostKey key = new CostKey(share.businessUnit(), share.budgetCategory(), share.workloadCategory(),
                    share.isAllocated() ? share.useCase() : null, serviceCategory, serviceName,
                    share.ruleCode(), share.ruleVersion());
            CostSum sum = sums.computeIfAbsent(key, k -> new CostSum());
            sum.billed = sum.billed.add(share.billedCost());
            BigDecimal effective = share.effectiveCost() == null ? BigDecimal.ZERO : share.effectiveCost();
            sum.effective = sum.effective.add(effective);
            sum.sources.add(new LineCostSource(share.source(), share.billedCost(), effective));
            groups.putIfAbsent(share.source(), Boolean.TRUE);
        }
        List<CostKey> keys = List.copyOf(sums.keySet());
        // THE ROUNDING RULE for provider cost: one largest-remainder pass over every line of the run.
        List<BigDecimal> billedCents = ShowbackRounding.allocateCents(
                keys.stream().map(k -> sums.get(k).billed).toList(), digits);
        List<BigDecimal> effectiveCents = ShowbackRounding.allocateCents(
                keys.stream().map(k -> sums.get(k).effective).toList(), digits);

        Map<String, List<PlannedLine>> linesByUnit = new TreeMap<>();
        Map<String, BigDecimal> unallocatedByCategory = new TreeMap<>();
        Map<String, Money> unallocatedAmountByCategory = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            CostKey key = keys.get(i);
            CostSum sum = sums.get(key);
            Money amount = new Money(billedCents.get(i), currency);
            Money effectiveAmount = new Money(effectiveCents.get(i), currency);
            StatementLine.Cost cost = new StatementLine.Cost(LineSource.PROVIDER, key.budget(), key.workload(),
                    key.useCase(), key.serviceCategory(), key.serviceName(), sum.effective, effectiveAmount,
                    key.ruleCode(), key.ruleVersion(), null);
            if (key.businessUnit() == null) {
                unallocatedByCategory.merge(key.serviceCategory(), sum.billed, BigDecimal::add);
                unallocatedAmountByCategory.merge(key.serviceCategory(), amount, Money::plus);
                linesByUnit.computeIfAbsent(in.platformBusinessUnit(), bu -> new ArrayList<>()).add(new PlannedLine(
                        new StatementLine(0, LineKind.UNALLOCATED, "Unallocated: " + key.serviceName() + " ("
                                + key.serviceCategory() + "), claimed by no allocation rule and no business unit tag",
                                sum.billed, amount, cost, null, null, null), sum.sources));
            } else {
                linesByUnit.computeIfAbsent(key.businessUnit(), bu -> new ArrayList<>()).add(new PlannedLine(
                        new StatementLine(0, LineKind.SHOWBACK, costDescription(key), sum.billed, amount, cost, null,
                                null, null), sum.sources));
            }
        }

        for (EntryCost entry : in.entries()) {
            // Entries are not provider cost: each is rounded on its own, HALF_EVEN.
            Money amount = Money.round(entry.amount(), currency);
            StatementLine.Cost cost = new StatementLine.Cost(entry.source(), entry.budgetCategory(),
                    entry.workloadCategory(), entry.useCase(), null, null, null, null, null, null, entry.reference());
            linesByUnit.computeIfAbsent(entry.businessUnit(), bu -> new ArrayList<>()).add(new PlannedLine(
                    new StatementLine(0, LineKind.SHOWBACK, entryDescription(entry, currency), entry.amount(), amount,
                            cost, null, null, null), List.of()));
        }

        Map<String, List<RatedUsage>> ratedByUnit = new TreeMap<>();
        for (RatedUsage rated : in.rated()) {
            ratedByUnit.computeIfAbsent(rated.businessUnit(), bu -> new ArrayList<>()).add(rated);
        }
        Map<String, List<CarriedAdjustment>> adjustmentsByUnit = new TreeMap<>();
        for (CarriedAdjustment adjustment : in.adjustments()) {
            adjustmentsByUnit.computeIfAbsent(adjustment.businessUnit(), bu -> new ArrayList<>()).add(adjustment);
        }

        TreeSet<String> businessUnits = new TreeSet<>(linesByUnit.keySet());
        businessUnits.addAll(ratedByUnit.keySet());
        businessUnits.addAll(adjustmentsByUnit.keySet());
        businessUnits.addAll(in.usageByUnit().keySet());
        List<StatementPlan.Draft> drafts = new ArrayList<>();
        for (String businessUnit : businessUnits) {
            List<PlannedLine> planned = new ArrayList<>(linesByUnit.getOrDefault(businessUnit, List.of()));
            ratedByUnit.getOrDefault(businessUnit, List.of()).stream()
                    .sorted(Comparator.comparing(RatedUsage::product))
                    .map(rated -> new PlannedLine(usageLine(rated, in.month(), currency), List.of()))
                    .forEach(planned::add);
            adjustmentsByUnit.getOrDefault(businessUnit, List.of()).stream()
                    .sorted(Comparator.comparing(CarriedAdjustment::originalMonth)
                            .thenComparing(CarriedAdjustment::product))
                    .map(adjustment -> new PlannedLine(adjustmentLine(adjustment, currency), List.of()))
                    .forEach(planned::add);
            drafts.add(draft(businessUnit, planned, in.usageByUnit().getOrDefault(businessUnit, List.of()),
                    currency));
        }

        List<UnallocatedCost> unallocated = new ArrayList<>();
        unallocatedByCategory.forEach((category, exact) -> unallocated.add(new UnallocatedCost(unallocated.size() + 1,
                category, exact, unallocatedAmountByCategory.get(category))));
        return new StatementPlan(in.month(), currency, in.costTotal(), in.effectiveCostTotal(), List.copyOf(drafts),
                List.copyOf(unallocated), List.copyOf(groupOrder));
    }

    private record PlannedLine(StatementLine line, List<LineCostSource> sources) {
    }

    private static StatementPlan.Draft draft(String businessUnit, List<PlannedLine> planned, List<UsageRow> usage,
                                             Currency currency) {
        List<StatementLine> lines = new ArrayList<>(planned.size());
        Map<Integer, List<LineCostSource>> sources = new TreeMap<>();
        for (PlannedLine p : planned) {
            StatementLine line = p.line().numbered(lines.size() + 1);
            lines.add(line);
            if (!p.sources().isEmpty()) {
                sources.put(line.lineNumber(), List.copyOf(p.sources()));
            }
        }
        return new StatementPlan.Draft(businessUnit, List.copyOf(lines), sources, List.copyOf(usage),
                totals(lines, currency));
    }

    /** Totals are sums of rounded lines. */
    static StatementPlan.Totals totals(List<StatementLine> lines, Currency currency) {
        Money showback = Money.zero(currency);
        Money manual = Money.zero(currency);
        Money chargeback = Money.zero(currency);
        Money unallocated = Money.zero(currency);
        for (StatementLine line : lines) {
            if (line.amount() == null) {
                continue;
            }
            switch (line.kind()) {
                case SHOWBACK -> {
                    showback = showback.plus(line.amount());
                    if (!line.isProviderCost()) {
                        manual = manual.plus(line.amount());
                    }
                }
                case CHARGEBACK, ADJUSTMENT -> chargeback = chargeback.plus(line.amount());
                case UNALLOCATED -> unallocated = unallocated.plus(line.amount());
                case UNRATED -> {
                }
            }
        }
        return new StatementPlan.Totals(showback, manual, chargeback, unallocated);
    }

    private static StatementLine usageLine(RatedUsage rated, YearMonth month, Currency currency) {
        String quantity = rated.quantity().stripTrailingZeros().toPlainString();
        if (!rated.isRated()) {
            // Unrated is not free: no amount at all, so nobody mistakes a missing price for a $0 price.
            return new StatementLine(0, LineKind.UNRATED,
                    rated.product() + ": " + quantity + " units, unrated (no price in force on " + month.atDay(1) + ")",
                    null, null, null, new StatementLine.Charge(rated.product(), null, rated.quantity(), null, null,
                    null), null, null);
        }
        BigDecimal exact = rated.amount();
        // Chargeback lines are rounded one by one, HALF_EVEN, to the currency's minor unit.
        Money amount = Money.round(exact, currency);
        String unit = rated.unit() == null ? "units" : rated.unit();
        return new StatementLine(0, LineKind.CHARGEBACK,
                rated.product() + ": " + quantity + " " + unit + " x " + (rated.unitPrice() == null
                        ? "tiered price" : rated.unitPrice().toPlainString() + " " + currency.getCurrencyCode()),
                exact, amount, null, new StatementLine.Charge(rated.product(), rated.unit(), rated.quantity(),
                rated.unitPrice(), rated.priceVersionId(), rated.tierLines()), null, null);
    }

    private static StatementLine adjustmentLine(CarriedAdjustment a, Currency currency) {
        Money amount = new Money(a.delta(), currency);
        return new StatementLine(0, LineKind.ADJUSTMENT,
                "Adjustment to the " + a.originalMonth() + " statement " + a.originalStatementId() + ", "
                        + a.product() + ": " + a.cause(),
                a.delta(), amount, null, null,
                new StatementLine.Adjustment(a.originalStatementId(), a.originalMonth().toString(), a.product(),
                        a.cause()), null);
    }

    private static String costDescription(CostKey key) {
        String text = key.serviceName() + " (" + key.serviceCategory() + "): " + words(key.budget().name()) + ", "
                + words(key.workload().name());
        return key.useCase() == null ? text : text + ", use case " + key.useCase();
    }

    private static String entryDescription(EntryCost entry, Currency currency) {
        String text = entry.description() + ": " + words(entry.budgetCategory().name()) + ", "
                + words(entry.workloadCategory().name());
        if (entry.quantity() != null && entry.unitPrice() != null) {
            text += " (" + entry.quantity().stripTrailingZeros().toPlainString() + " x "
                    + entry.unitPrice().toPlainString() + " " + currency.getCurrencyCode() + ")";
        }
        return entry.source() == LineSource.RECURRING ? text + ", recurring entry " + entry.reference()
                : text + ", manual entry";
    }

    static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    static boolean sameAmount(Money a, Money b) {
        return Objects.equals(a == null ? null : a.amount().stripTrailingZeros(),
                b == null ? null : b.amount().stripTrailingZeros());
    }
}
