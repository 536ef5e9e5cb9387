package org.chargeback.chargeback.statement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.allocation.AllocatedCost;
import org.chargeback.chargeback.allocation.AllocationMetrics;
import org.chargeback.chargeback.allocation.AllocationService;
import org.chargeback.chargeback.allocation.CostGroup;
import org.chargeback.chargeback.costentry.CostEntryService;
import org.chargeback.chargeback.costentry.ManualCost;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.chargeback.upstream.BatchQuote;
import org.chargeback.chargeback.upstream.CostRevision;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.LateUsage;
import org.chargeback.chargeback.upstream.PriceChange;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UpstreamService;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Statement runs: read the month's costs and usage from ingestion-service and the prices from pricing-service,
 * allocate the costs, look for changes to issued months, plan one draft statement per business unit, and store the
 * run. All upstream calls happen before the (short) database transaction, so a failing upstream stores nothing and
 * no transaction waits on the network.
 */
@ApplicationScoped
public class StatementRunService {

    static final String USAGE_DIMENSIONS = "businessUnit,useCase,product";

    private final UpstreamService upstream;
    private final StatementService statements;
    private final StatementRunRepository runs;
    private final StatementRepository statementRepository;
    private final AllocationService allocation;
    private final CostEntryService costEntries;
    private final ChargebackConfig config;

    StatementRunService(UpstreamService upstream, StatementService statements, StatementRunRepository runs,
                        StatementRepository statementRepository, AllocationService allocation,
                        CostEntryService costEntries, ChargebackConfig config) {
        this.costEntries = costEntries;
        this.upstream = upstream;
        this.statements = statements;
        this.runs = runs;
        this.statementRepository = statementRepository;
        this.allocation = allocation;
        this.config = config;
    }

    /** A month's usage, priced: what the planner and the adjustment check both need. */
    record PricedUsage(List<StatementPlanner.RatedUsage> rated, Map<String, List<UsageRow>> usageByUnit) {
    }

    /**
     * Builds the month's statements: one DRAFT per business unit with costs, entries, usage or adjustments, replacing
     * the month's earlier drafts; issued statements are kept (their showback restated as a new version when it
     * changed). Fails with 502 when an upstream service fails and with 422 when costs or prices are not in the
     * reporting currency; nothing is stored then.
     */
    public StatementRun runStatements(YearMonth month) {
        long started = System.nanoTime();
        Currency currency = config.reportingCurrency();
        Set<String> dimensions = allocation.costDimensions(month);
        CostSummary costSummary = upstream.fetchCostSummary(month, String.join(",", dimensions));
        List<CostGroup> costs = new ArrayList<>(costSummary.groups().size());
        for (CostSummary.Group group : costSummary.groups()) {
            requireReportingCurrency(group.billingCurrency(), currency, "costs of " + month + " are billed");
            Map<String, String> values = new LinkedHashMap<>();
            for (String dimension : dimensions) {
                values.put(dimension, blankToNull(group.dimension(dimension)));
            }
            costs.add(new CostGroup(values, group.billedCost(),
                    group.effectiveCost() == null ? BigDecimal.ZERO : group.effectiveCost(), group.rowCount()));
        }
        BigDecimal costTotal = BigDecimal.ZERO;
        BigDecimal effectiveTotal = BigDecimal.ZERO;
        for (CostSummary.Total total : costSummary.totals()) {
            requireReportingCurrency(total.billingCurrency(), currency, "costs of " + month + " are billed");
            costTotal = costTotal.add(total.billedCost());
            effectiveTotal = effectiveTotal.add(total.effectiveCost() == null ? BigDecimal.ZERO : total.effectiveCost());
        }

        long costsRead = System.nanoTime();
        PricedUsage usage = priceUsage(month, currency);
        long usagePriced = System.nanoTime();
        List<AllocatedCost> allocations = allocation.allocate(month, costs, metrics(usage.rated()));
        long allocated = System.nanoTime();
        Map<String, Long> revisions = upstream.fetchCostRevisions(month).stream()
                .collect(Collectors.toMap(CostRevision::scope, CostRevision::revision, Math::max, TreeMap::new));
        List<DetectedAdjustment> detected = detectAdjustments(month, currency);

        List<StatementPlanner.CarriedAdjustment> carried = detected.stream().filter(DetectedAdjustment::carried)
                .map(DetectedAdjustment::adjustment).toList();
        StatementPlan plan = StatementPlanner.plan(new StatementPlanner.Inputs(month, currency,
                config.platformBusinessUnit(), costTotal, effectiveTotal, allocations, entriesOf(month, currency),
                usage.rated(), usage.usageByUnit(), carried));
        long planned = System.nanoTime();
        UUID runId = statements.storeRun(plan, revisions, detected);
        long stored = System.nanoTime();
        // Where a run's time goes, for the statement benchmark and for operators.
        Log.infof("Statement run %s for %s took %d ms: costs read %d ms (%d groups), usage priced %d ms, allocated %d ms"
                        + " (%d shares), adjustments and plan %d ms, stored %d ms", runId, month,
                (stored - started) / 1_000_000, (costsRead - started) / 1_000_000, costs.size(),
                (usagePriced - costsRead) / 1_000_000, (allocated - usagePriced) / 1_000_000, allocations.size(),
                (planned - allocated) / 1_000_000, (stored - planned) / 1_000_000);
        return findRun(runId);
    }

    /**
     * Does the month add up now? The provider totals read from ingestion-service at this moment against the month's
     * standing statements: a restatement after the last run shows as a difference, with its amount.
     */
    public Reconciliation reconcileMonth(YearMonth month) {
        Currency currency = config.reportingCurrency();
        CostSummary summary = upstream.fetchCostSummary(month, "serviceCategory");
        BigDecimal billed = BigDecimal.ZERO;
        BigDecimal effective = BigDecimal.ZERO;
        for (CostSummary.Total total : summary.totals()) {
            requireReportingCurrency(total.billingCurrency(), currency, "costs of " + month + " are billed");
            billed = billed.add(total.billedCost());
            effective = effective.add(total.effectiveCost() == null ? BigDecimal.ZERO : total.effectiveCost());
        }
        return statements.reconcile(month, billed, effective, currency);
    }

    /** Manual and recurring cost entries of the month: cost no FOCUS file brings (talent, SaaS seats). */
    List<StatementPlanner.EntryCost> entriesOf(YearMonth month, Currency currency) {
        List<StatementPlanner.EntryCost> entries = new ArrayList<>();
        for (ManualCost cost : costEntries.costsOf(month)) {
            requireReportingCurrency(cost.currency(), currency, "cost entry " + cost.reference() + " is");
            entries.add(new StatementPlanner.EntryCost(
                    ManualCost.RECURRING.equals(cost.source()) ? LineSource.RECURRING : LineSource.MANUAL,
                    cost.reference(), cost.businessUnit(), cost.useCase(), cost.workloadCategory(),
                    cost.budgetCategory(), cost.description(), cost.quantity(), cost.unitPrice(), cost.amount()));
        }
        return entries;
    }

    /** The run with its reconciliation and every statement of its month as it is now; 404 if unknown. */
    @Transactional(SUPPORTS)
    public StatementRun findRun(UUID id) {
        StatementRun run = runs.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Statement run", id.toString()));
        return new StatementRun(run.id(), run.month(), run.currency(), run.createdAt(), run.reconciliation(),
                run.unallocatedCosts(), statements.listStatements(run.month(), null));
    }

    /**
     * The month's usage per business unit, use case and product, priced per business unit and product (tiers apply
     * to the business unit's whole quantity of a product) by one batch call to pricing.
     */
    PricedUsage priceUsage(YearMonth month, Currency currency) {
        UsageSummary summary = upstream.fetchUsageSummary(month, USAGE_DIMENSIONS);
        Map<String, Map<String, BigDecimal>> quantities = new TreeMap<>();
        Map<String, List<UsageRow>> usageByUnit = new TreeMap<>();
        for (UsageSummary.Group group : summary.groups()) {
            String businessUnit = blankToNull(group.businessUnit());
            String product = blankToNull(group.product());
            if (businessUnit == null || product == null) {
                Log.warnf("Usage summary of %s has a group without business unit or product; skipped", month);
                continue;
            }
            quantities.computeIfAbsent(businessUnit, bu -> new TreeMap<>()).merge(product, group.quantity(),
                    BigDecimal::add);
            String useCase = blankToNull(group.useCase());
            usageByUnit.computeIfAbsent(businessUnit, bu -> new ArrayList<>()).add(new UsageRow(
                    useCase == null ? "" : useCase, product, group.quantity(), group.eventCount(), group.tokensIn(),
                    group.tokensOut(), group.tokenEventCount(), group.tokenQuantity()));
        }
        List<BatchQuote.Item> items = new ArrayList<>();
        quantities.forEach((businessUnit, byProduct) -> byProduct.forEach((product, quantity) ->
                items.add(new BatchQuote.Item(businessUnit, product, quantity, month.toString()))));
        // One pricing call for the whole month.
        List<Optional<Quote>> quotes = upstream.quotePrices(items);
        List<StatementPlanner.RatedUsage> rated = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rated.add(rate(items.get(i), quotes.get(i), currency));
        }
        return new PricedUsage(rated, usageByUnit);
    }

    private static AllocationMetrics metrics(List<StatementPlanner.RatedUsage> rated) {
        return AllocationMetrics.of(rated.stream()
                .map(r -> new AllocationMetrics.Usage(r.businessUnit(), r.product(), r.quantity(), r.amount()))
                .toList());
    }

    /** A change found in an issued month, per original statement and product. */
    record DetectedAdjustment(StatementPlanner.CarriedAdjustment adjustment, boolean carried) {
    }

    /**
     * Looks for changes to months whose statements were issued: a restated cost scope (its revision moved since the
     * statement was built), late usage events, or a retroactive price correction. For each issued statement with a
     * cause, the month's chargeback is priced again as it would be now; the difference per product, minus what
     * earlier adjustments already billed, is the adjustment. At or above the materiality threshold it is carried on
     * this month's draft; below it, only recorded.
     */
    List<DetectedAdjustment> detectAdjustments(YearMonth month, Currency currency) {
        List<Statement> issued = statementRepository.issuedBefore(month);
        if (issued.isEmpty()) {
            return List.of();
        }
        List<PriceChange> priceChanges = upstream.fetchRetroactivePriceChanges();
        Map<YearMonth, List<Statement>> byMonth = issued.stream()
                .collect(Collectors.groupingBy(Statement::month, TreeMap::new, Collectors.toList()));
        BigDecimal materiality = config.materialityThreshold().abs();
        List<DetectedAdjustment> detected = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Statement>> entry : byMonth.entrySet()) {
            YearMonth original = entry.getKey();
            Map<String, Long> revisions = upstream.fetchCostRevisions(original).stream()
                    .collect(Collectors.toMap(CostRevision::scope, CostRevision::revision, Math::max));
            LateUsage late = upstream.fetchLateUsage(original);
            Map<String, Long> lateEventsByUnit = late.events().stream()
                    .filter(e -> e.businessUnit() != null)
                    .collect(Collectors.groupingBy(LateUsage.Event::businessUnit, Collectors.counting()));
            Set<String> correctedProducts = priceChanges.stream()
                    .filter(c -> c.retroactive() && c.affectedMonths().contains(original.toString()))
                    .map(PriceChange::product).collect(Collectors.toCollection(TreeSet::new));
            PricedUsage now = null;
            for (Statement statement : entry.getValue()) {
                List<String> causes = causes(statement, revisions, lateEventsByUnit, correctedProducts);
                if (causes.isEmpty()) {
                    continue;
                }
                if (now == null) {
                    now = priceUsage(original, currency);
                }
                detected.addAll(compare(statement, now, String.join("; ", causes), materiality, currency));
            }
        }
        return detected;
    }

    private static List<String> causes(Statement statement, Map<String, Long> revisions,
                                       Map<String, Long> lateEventsByUnit, Set<String> correctedProducts) {
        List<String> causes = new ArrayList<>();
        List<String> restated = new ArrayList<>();
        revisions.forEach((scope, revision) -> {
            Long was = statement.scopeRevisions().get(scope);
            if (was == null || was < revision) {
                restated.add(scope + " revision " + (was == null ? "none" : was) + " -> " + revision);
            }
        });
        if (!restated.isEmpty()) {
            causes.add("restated cost scope " + String.join(", ", restated));
        }
        Long lateEvents = lateEventsByUnit.get(statement.businessUnit());
        if (lateEvents != null) {
            causes.add(lateEvents + " late usage event(s)");
        }
        if (!correctedProducts.isEmpty()) {
            causes.add("retroactive price correction of " + String.join(", ", correctedProducts));
        }
        return causes;
    }

    private List<DetectedAdjustment> compare(Statement summary, PricedUsage now, String cause,
                                             BigDecimal materiality, Currency currency) {
        Statement statement = statementRepository.findById(summary.id(), false).orElseThrow();
        Map<String, BigDecimal> billed = new TreeMap<>();
        for (StatementLine line : statement.lines()) {
            if (line.kind() == LineKind.CHARGEBACK) {
                billed.merge(line.charge().product(), line.amount().amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> alreadyAdjusted = statementRepository.carriedAdjustments(statement.month(),
                statement.businessUnit());
        Map<String, BigDecimal> current = new TreeMap<>();
        Set<String> unpricedNow = new TreeSet<>();
        for (StatementPlanner.RatedUsage rated : now.rated()) {
            if (!rated.businessUnit().equals(statement.businessUnit())) {
                continue;
            }
            if (rated.isRated()) {
                // The same rounding as on a chargeback line: HALF_EVEN, once, per product.
                current.merge(rated.product(), Money.round(rated.amount(), currency).amount(), BigDecimal::add);
            } else {
                unpricedNow.add(rated.product());
            }
        }
        Set<String> products = new TreeSet<>(billed.keySet());
        products.addAll(current.keySet());
        // A product pricing cannot price now (retired, price removed) tells nothing about what it should have cost:
        // crediting its whole amount would be wrong, so it is left to a person (it shows as unrated on new drafts).
        products.removeAll(unpricedNow);
        List<DetectedAdjustment> found = new ArrayList<>();
        for (String product : products) {
            BigDecimal delta = current.getOrDefault(product, BigDecimal.ZERO)
                    .subtract(billed.getOrDefault(product, BigDecimal.ZERO))
                    .subtract(alreadyAdjusted.getOrDefault(product, BigDecimal.ZERO));
            if (delta.signum() == 0) {
                continue;
            }
            boolean carried = delta.abs().compareTo(materiality) >= 0;
            found.add(new DetectedAdjustment(new StatementPlanner.CarriedAdjustment(statement.businessUnit(),
                    statement.id(), statement.month(), product, delta, cause), carried));
        }
        return found;
    }

    private StatementPlanner.RatedUsage rate(BatchQuote.Item item, Optional<Quote> quote, Currency currency) {
        if (quote.isEmpty()) {
            return new StatementPlanner.RatedUsage(item.businessUnit(), item.product(), item.quantity(), null, null,
                    null, null, null);
        }
        requireReportingCurrency(quote.get().currency(), currency, "price of product " + item.product() + " is");
        Quote q = quote.get();
        return new StatementPlanner.RatedUsage(item.businessUnit(), item.product(), item.quantity(), q.unit(),
                q.unitRate(), q.amount(), q.priceVersionId(), q.linesJson());
    }

    private static void requireReportingCurrency(String actual, Currency reporting, String what) {
        if (actual == null || !actual.trim().equalsIgnoreCase(reporting.getCurrencyCode())) {
            String named = actual == null ? "no currency" : actual.trim();
            throw new ProblemException(422, "currency-mismatch", "Currency does not match the reporting currency",
                    "The " + what + " in " + named + ", but statements are in " + reporting.getCurrencyCode()
                            + "; currency conversion is not supported yet, so nothing was stored")
                    .with("currency", named)
                    .with("reportingCurrency", reporting.getCurrencyCode());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
