package org.chargeback.chargeback.allocation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.allocation.dto.AllocationRuleRequest;
import org.chargeback.chargeback.allocation.dto.PreviewRequest;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.upstream.BatchQuote;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UpstreamService;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shows what a rule change would move in a month before anyone stores it: the month's real costs and usage are
 * allocated twice, with the rules in force now and with the change applied, and compared. Nothing is stored, so no
 * transaction; the upstream calls are the statement run's.
 */
@ApplicationScoped
public class AllocationPreviewService {

    /** At most this many moves are listed (largest first); the count says how many there are. */
    static final int MOVE_LIMIT = 100;

    private final AllocationRuleService rules;
    private final AllocationService allocation;
    private final UpstreamService upstream;
    private final ChargebackConfig config;

    AllocationPreviewService(AllocationRuleService rules, AllocationService allocation, UpstreamService upstream,
                             ChargebackConfig config) {
        this.rules = rules;
        this.allocation = allocation;
        this.upstream = upstream;
        this.config = config;
    }

    /**
     * Each rule of the change counts as the next version of its code (version 1 of a new code), exactly as a PUT or
     * POST would store it: in force in the month only if its period contains the month, otherwise the code's earlier
     * versions still apply. A retired code has no version in force in the month.
     *
     * @throws ProblemException 400 naming the field (rules[i].field, retire[i]); 422 currency-mismatch; 502 when
     *                          ingestion-service or pricing-service fails
     */
    public AllocationPreview preview(YearMonth month, PreviewRequest change) {
        List<AllocationRule> before = rules.rulesInForce(month);
        List<AllocationRule> after = rulesAfter(month, change);

        Set<String> dimensions = new LinkedHashSet<>(allocation.dimensionsFor(before));
        dimensions.addAll(allocation.dimensionsFor(after));
        List<CostGroup> costs = costs(month, dimensions);
        AllocationMetrics metrics = metrics(month, before, after);

        String businessUnitTag = allocation.businessUnitDimension();
        List<AllocatedCost> was = AllocationCalculator.allocate(before, costs, metrics, businessUnitTag);
        List<AllocatedCost> will = AllocationCalculator.allocate(after, costs, metrics, businessUnitTag);
        List<AllocationPreview.MovedCost> moves = AllocationComparison.moves(was, will);
        Log.debugf("Previewed a change of %d rule(s) and %d retirement(s) on %s: %d move(s)", change.rules().size(),
                change.retire().size(), month, moves.size());
        return new AllocationPreview(month, config.reportingCurrency(), refs(before), refs(after),
                AllocationComparison.businessUnits(was, will), List.copyOf(moves.subList(0,
                Math.min(MOVE_LIMIT, moves.size()))), moves.size());
    }

    private List<AllocationRule> rulesAfter(YearMonth month, PreviewRequest change) {
        List<ProblemError> errors = new ArrayList<>();
        Set<String> changed = new HashSet<>();
        List<AllocationRule> versions = new ArrayList<>();
        List<AllocationRule> drafts = new ArrayList<>();
        for (int i = 0; i < change.rules().size(); i++) {
            AllocationRuleRequest request = change.rules().get(i);
            String at = "rules[" + i + "].";
            if (request.code() == null) {
                errors.add(ProblemError.field(at + "code", null, "must not be null"));
                continue;
            }
            if (!changed.add(request.code())) {
                errors.add(ProblemError.field(at + "code", request.code(), "appears twice in the change"));
                continue;
            }
            List<AllocationRule> stored = rules.versionsOf(request.code());
            versions.addAll(stored);
            List<ProblemError> invalid = rules.check(at, request);
            if (invalid.isEmpty()) {
                drafts.add(rules.build(request, request.code(), stored.size() + 1));
            } else {
                errors.addAll(invalid);
            }
        }
        Set<String> retired = new HashSet<>();
        for (int i = 0; i < change.retire().size(); i++) {
            String code = change.retire().get(i);
            if (changed.contains(code)) {
                errors.add(ProblemError.field("retire[" + i + "]", code, "is also changed in rules"));
            } else if (rules.versionsOf(code).isEmpty()) {
                errors.add(ProblemError.field("retire[" + i + "]", code, "is not an allocation rule"));
            } else {
                retired.add(code);
            }
        }
        if (!errors.isEmpty()) {
            throw AllocationRuleService.invalid(errors);
        }
        List<AllocationRule> all = new ArrayList<>();
        for (AllocationRule rule : rules.rulesInForce(month)) {
            if (!changed.contains(rule.code()) && !retired.contains(rule.code())) {
                all.add(rule);
            }
        }
        all.addAll(versions);
        all.addAll(drafts);
        return AllocationCalculator.inForce(all, month);
    }

    private List<CostGroup> costs(YearMonth month, Collection<String> dimensions) {
        CostSummary summary = upstream.fetchCostSummary(month, String.join(",", dimensions));
        List<CostGroup> costs = new ArrayList<>(summary.groups().size());
        for (CostSummary.Group group : summary.groups()) {
            requireReportingCurrency(group.billingCurrency(), "costs of " + month + " are billed");
            costs.add(new CostGroup(new HashMap<>(group.dimensions()), group.billedCost(), group.effectiveCost(),
                    group.rowCount()));
        }
        return costs;
    }

    /** Usage (and prices) are read only when a rule before or after needs them. */
    private AllocationMetrics metrics(YearMonth month, List<AllocationRule> before, List<AllocationRule> after) {
        List<AllocationRule> both = new ArrayList<>(before);
        both.addAll(after);
        boolean needsUsage = both.stream().map(AllocationRule::allocate).anyMatch(a ->
                a.method() == AllocationMethod.USAGE_UNITS || a.method() == AllocationMethod.CHARGEBACK_AMOUNT
                        || (a.method() == AllocationMethod.EVEN && a.shares().isEmpty()));
        if (!needsUsage) {
            return AllocationMetrics.none();
        }
        List<UsageSummary.Group> groups = upstream.fetchUsageSummary(month).groups().stream()
                .filter(g -> g.businessUnit() != null && !g.businessUnit().isBlank() && g.product() != null
                        && !g.product().isBlank())
                .toList();
        boolean needsPrices = both.stream().anyMatch(r -> r.allocate().method() == AllocationMethod.CHARGEBACK_AMOUNT);
        List<Optional<Quote>> quotes = needsPrices ? upstream.quotePrices(groups.stream()
                .map(g -> new BatchQuote.Item(g.businessUnit(), g.product(), g.quantity(), month.toString()))
                .toList()) : null;
        if (quotes != null) {
            quotes.stream().flatMap(Optional::stream).forEach(q ->
                    requireReportingCurrency(q.currency(), "price of product " + q.product() + " is"));
        }
        return UsageMetrics.of(groups, quotes);
    }

    private void requireReportingCurrency(String actual, String what) {
        Currency reporting = config.reportingCurrency();
        if (actual == null || !actual.trim().equalsIgnoreCase(reporting.getCurrencyCode())) {
            String named = actual == null ? "no currency" : actual.trim();
            throw new ProblemException(422, "currency-mismatch", "Currency does not match the reporting currency",
                    "The " + what + " in " + named + ", but allocations are in " + reporting.getCurrencyCode()
                            + "; currency conversion is not supported yet")
                    .with("currency", named).with("reportingCurrency", reporting.getCurrencyCode());
        }
    }

    private static List<AllocationPreview.RuleRef> refs(List<AllocationRule> inForce) {
        return inForce.stream().map(AllocationPreview.RuleRef::of).toList();
    }
}
