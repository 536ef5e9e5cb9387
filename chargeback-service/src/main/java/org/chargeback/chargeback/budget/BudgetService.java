package org.chargeback.chargeback.budget;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.budget.dto.BusinessMetricRequest;
import org.chargeback.chargeback.budget.dto.CorridorRequest;
import org.chargeback.chargeback.budget.dto.CorridorStatusView;
import org.chargeback.chargeback.budget.dto.CreateBudgetRequest;
import org.chargeback.chargeback.budget.dto.PortfolioView;
import org.chargeback.chargeback.budget.dto.ReallocationRequest;
import org.chargeback.chargeback.budget.dto.VarianceView;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Budgets: envelopes, reallocations, business metrics, corridors, and the variance and portfolio views. */
@ApplicationScoped
@Transactional
public class BudgetService {

    static final BigDecimal DEFAULT_PRODUCTION = new BigDecimal("60");
    static final BigDecimal DEFAULT_SCALING = new BigDecimal("25");
    static final BigDecimal DEFAULT_EXPERIMENTAL = new BigDecimal("15");
    static final BigDecimal DEFAULT_RESERVE = new BigDecimal("15");
    static final Budget.Thresholds DEFAULT_THRESHOLDS = new Budget.Thresholds(new BigDecimal("80"),
            new BigDecimal("90"), new BigDecimal("110"));

    /** Typical shares of an AI budget (percent of the total), from the issue; outside them a category is flagged. */
    static final Map<BudgetCategory, BigDecimal[]> TYPICAL_RANGES = new EnumMap<>(Map.of(
            BudgetCategory.INFRASTRUCTURE_AND_COMPUTE, new BigDecimal[]{new BigDecimal("25"), new BigDecimal("35")},
            BudgetCategory.TALENT, new BigDecimal[]{new BigDecimal("35"), new BigDecimal("45")},
            BudgetCategory.VENDOR_AND_API, new BigDecimal[]{new BigDecimal("10"), new BigDecimal("20")},
            BudgetCategory.DATA_AND_TOOLING, new BigDecimal[]{new BigDecimal("10"), new BigDecimal("15")},
            BudgetCategory.INNOVATION_RESERVE, new BigDecimal[]{new BigDecimal("15"), new BigDecimal("20")}));

    private final BudgetRepository budgets;
    private final ActualsRepository actuals;
    private final Checks checks;
    private final Clock clock;
    private final BudgetConfig config;

    BudgetService(BudgetRepository budgets, ActualsRepository actuals, Checks checks, Clock clock,
                  BudgetConfig config) {
        this.budgets = budgets;
        this.actuals = actuals;
        this.checks = checks;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Creates an envelope. The split must add up to 100, the innovation reserve is 0 or 15 to 20 percent, the
     * thresholds rise (alert <= review <= approval).
     *
     * @throws ProblemException 400 naming the field; 409 {@code /problems/budget-exists}; 422 currency-mismatch
     */
    public Budget createBudget(CreateBudgetRequest request) {
        BudgetPeriod period = BudgetPeriod.parse("period", request.period());
        List<ProblemError> errors = new ArrayList<>(checks.ownerErrors("businessUnit", request.businessUnit(),
                request.useCase()));
        errors.addAll(checks.minorUnitErrors("amount", request.amount()));
        BigDecimal production = request.split() == null ? DEFAULT_PRODUCTION : request.split().productionPercent();
        BigDecimal scaling = request.split() == null ? DEFAULT_SCALING : request.split().scalingPercent();
        BigDecimal experimental = request.split() == null ? DEFAULT_EXPERIMENTAL
                : request.split().experimentalPercent();
        if (production.add(scaling).add(experimental).compareTo(new BigDecimal("100")) != 0) {
            errors.add(ProblemError.field("split", production + "/" + scaling + "/" + experimental,
                    "productionPercent + scalingPercent + experimentalPercent must be 100"));
        }
        BigDecimal reserve = request.innovationReservePercent() == null ? DEFAULT_RESERVE
                : request.innovationReservePercent();
        if (reserve.signum() != 0 && reserve.compareTo(new BigDecimal("15")) < 0) {
            // The practice keeps 15-20 % for innovation; 0 is for a budget that holds none (one use case).
            errors.add(ProblemError.field("innovationReservePercent", reserve.toPlainString(),
                    "must be 0 or between 15 and 20"));
        }
        Budget.Thresholds thresholds = request.thresholds() == null ? DEFAULT_THRESHOLDS
                : new Budget.Thresholds(request.thresholds().alertPercent(), request.thresholds().reviewPercent(),
                request.thresholds().approvalPercent());
        if (thresholds.alertPercent().compareTo(thresholds.reviewPercent()) > 0
                || thresholds.reviewPercent().compareTo(thresholds.approvalPercent()) > 0) {
            errors.add(ProblemError.field("thresholds", null,
                    "must rise: alertPercent <= reviewPercent <= approvalPercent"));
        }
        checks.requireValid(errors, request.currency());
        Budget budget = new Budget(UUID.randomUUID(), request.businessUnit(), request.useCase(),
                request.budgetCategory(), period, checks.reportingCurrency(), request.amount(), request.amount(),
                production, scaling, experimental, reserve, thresholds, request.createdBy().strip(), now());
        if (!budgets.insertIfAbsent(budget)) {
            throw new ProblemException(409, "budget-exists", "Budget exists",
                    "There is a budget for " + budget.scope() + " already; move money with "
                            + "POST /v1/budgets/reallocations").with("scope", budget.scope());
        }
        Log.infof("Budget %s created: %s %s for %s by %s", budget.id(), budget.amount().toPlainString(),
                budget.currency(), budget.scope(), budget.createdBy());
        return budget;
    }

    /** @throws ProblemException 404 unknown id */
    @Transactional(SUPPORTS)
    public Budget getBudget(UUID id) {
        return budgets.findById(id, false).orElseThrow(() -> ProblemException.notFound("Budget", id.toString()));
    }

    /**
     * Budgets of a period label (2026-10 or 2026-Q4) or all, of one business unit or all; only those of the
     * business units in {@code scope} (empty: all, see {@code Caller.businessUnitScope()}).
     */
    @Transactional(SUPPORTS)
    public List<Budget> listBudgets(String period, String businessUnit, Optional<Set<String>> scope) {
        if (period != null) {
            BudgetPeriod.parse("period", period);
        }
        return budgets.listByPeriod(period, businessUnit, scope);
    }

    /** Budgets whose period contains the month. */
    @Transactional(SUPPORTS)
    public List<Budget> budgetsCovering(YearMonth month, String businessUnit) {
        return budgets.listCovering(month, businessUnit);
    }

    /** Where the budget stands today (UTC): actuals of its standing statements and the projection. */
    @Transactional(SUPPORTS)
    public BudgetStatus statusOf(Budget budget) {
        return statusOf(budget, today());
    }

    @Transactional(SUPPORTS)
    public BudgetStatus statusOf(Budget budget, LocalDate today) {
        return BudgetStatus.of(budget, actuals.spendOf(budget), today);
    }

    /** The reporting currency budgets, metrics and corridors are in. */
    public java.util.Currency reportingCurrency() {
        return checks.reportingCurrency();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /**
     * Moves an amount between two envelopes of the same period and currency; the from-envelope cannot go below
     * zero. Both rows are locked (in id order, so two opposite moves cannot deadlock) and the history is kept.
     *
     * @throws ProblemException 400 same budget or too many decimals; 404 unknown budget (naming the field);
     *                          409 {@code /problems/reallocation-not-allowed}
     */
    public Reallocation reallocate(ReallocationRequest request) {
        List<ProblemError> errors = new ArrayList<>(checks.minorUnitErrors("amount", request.amount()));
        if (request.fromBudgetId().equals(request.toBudgetId())) {
            errors.add(ProblemError.field("toBudgetId", request.toBudgetId().toString(),
                    "must differ from fromBudgetId"));
        }
        checks.requireValid(errors, null);
        UUID first = request.fromBudgetId().compareTo(request.toBudgetId()) < 0 ? request.fromBudgetId()
                : request.toBudgetId();
        UUID second = first.equals(request.fromBudgetId()) ? request.toBudgetId() : request.fromBudgetId();
        Budget a = lockForMove(first, first.equals(request.fromBudgetId()) ? "fromBudgetId" : "toBudgetId");
        Budget b = lockForMove(second, second.equals(request.fromBudgetId()) ? "fromBudgetId" : "toBudgetId");
        Budget from = a.id().equals(request.fromBudgetId()) ? a : b;
        Budget to = from == a ? b : a;
        if (!from.period().label().equals(to.period().label())) {
            throw notAllowed("Budgets of different periods (" + from.period().label() + ", " + to.period().label()
                    + "): a reallocation moves money within one period");
        }
        if (from.amount().compareTo(request.amount()) < 0) {
            throw notAllowed("Budget " + from.id() + " (" + from.scope() + ") has " + from.amount().toPlainString()
                    + " " + from.currency() + ", less than " + request.amount().toPlainString())
                    .with("available", from.amount());
        }
        budgets.addToAmount(from.id(), request.amount().negate());
        budgets.addToAmount(to.id(), request.amount());
        Reallocation moved = new Reallocation(UUID.randomUUID(), from.id(), to.id(), request.amount(),
                from.currency().getCurrencyCode(), request.reason().strip(), request.requestedBy().strip(), now());
        budgets.insertReallocation(moved);
        Log.infof("Reallocated %s %s from budget %s (%s) to %s (%s) by %s: %s", moved.amount().toPlainString(),
                moved.currency(), from.id(), from.scope(), to.id(), to.scope(), moved.requestedBy(), moved.reason());
        return moved;
    }

    private Budget lockForMove(UUID id, String field) {
        return budgets.findById(id, true).orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                "Budget '" + id + "' does not exist", List.of(ProblemError.field(field, id.toString(),
                "is not a budget"))));
    }

    private static ProblemException notAllowed(String detail) {
        return new ProblemException(409, "reallocation-not-allowed", "Reallocation not allowed", detail);
    }

    /**
     * Reallocations of a budget (either side) or of a period's budgets, oldest first; only those moving money from
     * or to a budget of the business units in {@code scope} (empty: all).
     */
    @Transactional(SUPPORTS)
    public List<Reallocation> listReallocations(UUID budgetId, String period, Optional<Set<String>> scope) {
        if (period != null) {
            BudgetPeriod.parse("period", period);
        }
        return budgets.listReallocations(budgetId, period, scope);
    }

    /**
     * Stores (or replaces: the latest report counts) a business metric of a month.
     *
     * @return true when it was new
     */
    public boolean reportMetric(BusinessMetricRequest request) {
        YearMonth month = org.chargeback.chargeback.shared.Months.parse("month", request.month());
        checks.requireValid(checks.ownerErrors("businessUnit", request.businessUnit(), null), request.currency());
        boolean created = budgets.upsertMetric(new BusinessMetric(request.businessUnit(), month, request.metric(),
                request.value(), request.currency(), request.reportedBy().strip(), now()));
        Log.infof("Business metric %s of %s for %s: %s (%s)", request.metric(), request.businessUnit(), month,
                request.value().toPlainString(), created ? "new" : "replaced");
        return created;
    }

    /** The month's business metrics, of one business unit or all; only of the business units in {@code scope}. */
    @Transactional(SUPPORTS)
    public List<BusinessMetric> listMetrics(YearMonth month, String businessUnit, Optional<Set<String>> scope) {
        return budgets.listMetrics(month, businessUnit, scope);
    }

    /** @throws ProblemException 400 naming the field; 409 {@code /problems/corridor-exists} */
    public Corridor createCorridor(CorridorRequest request) {
        List<ProblemError> errors = new ArrayList<>(checks.ownerErrors("businessUnit", request.businessUnit(), null));
        if (request.floorPercent().compareTo(request.ceilingPercent()) > 0) {
            errors.add(ProblemError.field("ceilingPercent", request.ceilingPercent().toPlainString(),
                    "must not be below floorPercent"));
        }
        checks.requireValid(errors, null);
        Corridor corridor = new Corridor(request.businessUnit(), request.metric(), request.floorPercent(),
                request.ceilingPercent(), request.createdBy().strip(), now());
        if (!budgets.insertCorridorIfAbsent(corridor)) {
            throw new ProblemException(409, "corridor-exists", "Corridor exists",
                    "Business unit '" + corridor.businessUnit() + "' has a corridor on '" + corridor.metric()
                            + "' already");
        }
        Log.infof("Corridor on %s of %s: %s%% to %s%%", corridor.metric(), corridor.businessUnit(),
                corridor.floorPercent(), corridor.ceilingPercent());
        return corridor;
    }

    /**
     * Every corridor (or one business unit's) in a month: the spend against floor and ceiling of the metric. Only
     * the corridors of the business units in {@code scope} (empty: all).
     */
    @Transactional(SUPPORTS)
    public List<CorridorStatusView> corridorsIn(YearMonth month, String businessUnit, Optional<Set<String>> scope) {
        Map<String, BigDecimal> spend = new TreeMap<>();
        for (ActualsRepository.CategorySpend s : actuals.spendByBusinessUnitAndCategory(month, month, businessUnit,
                scope)) {
            spend.merge(s.businessUnit(), s.amount(), BigDecimal::add);
        }
        Map<String, BigDecimal> metrics = new TreeMap<>();
        for (BusinessMetric m : budgets.listMetrics(month, businessUnit, scope)) {
            metrics.put(m.businessUnit() + "|" + m.metric(), m.value());
        }
        int digits = checks.reportingCurrency().getDefaultFractionDigits();
        List<CorridorStatusView> found = new ArrayList<>();
        for (Corridor k : budgets.listCorridors(businessUnit, scope)) {
            BigDecimal actual = spend.getOrDefault(k.businessUnit(), BigDecimal.ZERO);
            BigDecimal value = metrics.get(k.businessUnit() + "|" + k.metric());
            if (value == null) {
                found.add(new CorridorStatusView(month.toString(), k.businessUnit(), k.metric(), k.floorPercent(),
                        k.ceilingPercent(), null, null, null, actual, null, "NO_METRIC"));
                continue;
            }
            String status = !BudgetMath.crosses(actual, value, k.floorPercent()) ? "BELOW_FLOOR"
                    : BudgetMath.withinRange(actual, value, k.floorPercent(), k.ceilingPercent()) ? "WITHIN"
                    : "ABOVE_CEILING";
            found.add(new CorridorStatusView(month.toString(), k.businessUnit(), k.metric(), k.floorPercent(),
                    k.ceilingPercent(), value, BudgetMath.percentOf(value, k.floorPercent(), digits),
                    BudgetMath.percentOf(value, k.ceilingPercent(), digits), actual,
                    value.signum() == 0 ? null : BudgetMath.percent(actual, value), status));
        }
        return found;
    }

    /**
     * Actual against budget of a month by business unit and budget category. A quarter's budget counts a third a
     * month (the last month takes the rounding rest). Use-case budgets are not part of it. Innovation reserve rows
     * are never flagged. Only the rows of the business units in {@code scope} (empty: all; rows are per business
     * unit, so nothing else changes).
     */
    @Transactional(SUPPORTS)
    public VarianceView variance(YearMonth month, Optional<Set<String>> scope) {
        int digits = checks.reportingCurrency().getDefaultFractionDigits();
        Map<String, Map<String, BigDecimal>> budgeted = new TreeMap<>();
        for (Budget b : budgets.listCovering(month, null)) {
            if (b.useCase() != null || scope.isPresent() && !scope.get().contains(b.businessUnit())) {
                continue;
            }
            budgeted.computeIfAbsent(b.businessUnit(), k -> new TreeMap<>())
                    .merge(key(b.budgetCategory()), monthShare(b, month, digits), BigDecimal::add);
        }
        Map<String, Map<String, BigDecimal>> spent = new TreeMap<>();
        for (ActualsRepository.CategorySpend s : actuals.spendByBusinessUnitAndCategory(month, month, null, scope)) {
            Map<String, BigDecimal> unit = spent.computeIfAbsent(s.businessUnit(), k -> new TreeMap<>());
            unit.merge(key(s.budgetCategory()), s.amount(), BigDecimal::add);
            if (s.budgetCategory() != BudgetCategory.INNOVATION_RESERVE) {
                unit.merge(key(null), s.amount(), BigDecimal::add);
            }
        }
        BigDecimal threshold = config.varianceThresholdPercent();
        List<VarianceView.Row> rows = new ArrayList<>();
        TreeSet<String> units = new TreeSet<>(budgeted.keySet());
        units.addAll(spent.keySet());
        for (String unit : units) {
            Map<String, BigDecimal> plan = budgeted.getOrDefault(unit, Map.of());
            Map<String, BigDecimal> actual = spent.getOrDefault(unit, Map.of());
            TreeSet<String> categories = new TreeSet<>(plan.keySet());
            categories.addAll(actual.keySet());
            if (!plan.containsKey(key(null))) {
                categories.remove(key(null)); // no envelope: the per-category rows say it all
            }
            for (String category : categories) {
                BudgetCategory c = category.equals(key(null)) ? null : BudgetCategory.valueOf(category.substring(1));
                BigDecimal budget = plan.get(category);
                BigDecimal a = actual.getOrDefault(category, BigDecimal.ZERO);
                boolean flagged = c != BudgetCategory.INNOVATION_RESERVE
                        && BudgetMath.varianceFlagged(a, budget, threshold);
                rows.add(new VarianceView.Row(unit, c, budget, a, budget == null ? null : a.subtract(budget),
                        BudgetMath.variancePercent(a, budget), flagged));
            }
        }
        return new VarianceView(month.toString(), checks.reportingCurrency().getCurrencyCode(), threshold, rows);
    }

    /** Sorts the envelope ("0") before the categories ("1NAME"). */
    private static String key(BudgetCategory category) {
        return category == null ? "0" : "1" + category.name();
    }

    static BigDecimal monthShare(Budget b, YearMonth month, int digits) {
        int months = b.period().months();
        if (months == 1) {
            return b.amount();
        }
        BigDecimal share = b.amount().divide(BigDecimal.valueOf(months), digits, RoundingMode.HALF_EVEN);
        if (month.equals(b.period().lastMonth())) {
            return b.amount().subtract(share.multiply(BigDecimal.valueOf(months - 1)));
        }
        return share;
    }

    /**
     * Spend by budget category against the typical ranges; every category shown, zero included. The spend of one
     * business unit or all, and only of the business units in {@code scope} (empty: all): the total and the shares
     * are those of the spend counted.
     */
    @Transactional(SUPPORTS)
    public PortfolioView portfolio(YearMonth month, String businessUnit, Optional<Set<String>> scope) {
        Map<BudgetCategory, BigDecimal> spend = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory c : BudgetCategory.values()) {
            spend.put(c, BigDecimal.ZERO);
        }
        for (ActualsRepository.CategorySpend s : actuals.spendByBusinessUnitAndCategory(month, month, businessUnit,
                scope)) {
            spend.merge(s.budgetCategory(), s.amount(), BigDecimal::add);
        }
        BigDecimal total = spend.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PortfolioView.Category> categories = new ArrayList<>();
        for (Map.Entry<BudgetCategory, BigDecimal> e : spend.entrySet()) {
            BigDecimal[] range = TYPICAL_RANGES.get(e.getKey());
            boolean outOfRange = total.signum() != 0 && !BudgetMath.withinRange(e.getValue(), total, range[0], range[1]);
            categories.add(new PortfolioView.Category(e.getKey(), e.getValue(), BudgetMath.share(e.getValue(), total),
                    range[0], range[1], outOfRange));
        }
        return new PortfolioView(month.toString(), businessUnit, checks.reportingCurrency().getCurrencyCode(), total,
                categories);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
