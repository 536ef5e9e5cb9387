package org.chargeback.chargeback.statement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.upstream.BatchQuote;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UpstreamService;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Statement runs: read the month's costs and usage from ingestion-service and the prices from pricing-service, plan
 * one draft statement per business unit, and store the run. All upstream calls happen before the (short) database
 * transaction, so a failing upstream stores nothing and no transaction waits on the network.
 */
@ApplicationScoped
public class StatementRunService {

    /** FOCUS ServiceCategory is mandatory; a row without one is shown under FOCUS's own catch-all value. */
    static final String UNKNOWN_SERVICE_CATEGORY = "Other";

    private final UpstreamService upstream;
    private final StatementService statements;
    private final StatementRunRepository runs;
    private final ChargebackConfig config;

    StatementRunService(UpstreamService upstream, StatementService statements, StatementRunRepository runs,
                        ChargebackConfig config) {
        this.upstream = upstream;
        this.statements = statements;
        this.runs = runs;
        this.config = config;
    }

    /**
     * Builds the month's statements: one DRAFT per business unit found in the month's costs (business unit tag) or
     * usage, replacing the month's earlier drafts; issued statements are kept. Fails with 502 when an upstream
     * service fails and with 422 when costs or prices are not in the reporting currency; nothing is stored then.
     */
    public StatementRun runStatements(YearMonth month) {
        Currency currency = config.reportingCurrency();
        String businessUnitDimension = "tag:" + config.businessUnitTag();

        CostSummary costSummary = upstream.fetchCostSummary(month, businessUnitDimension + ",serviceCategory");
        List<StatementPlanner.ShowbackCost> costs = new ArrayList<>();
        for (CostSummary.Group group : costSummary.groups()) {
            requireReportingCurrency(group.billingCurrency(), currency, "costs of " + month + " are billed");
            costs.add(new StatementPlanner.ShowbackCost(blankToNull(group.dimension(businessUnitDimension)),
                    serviceCategory(group.dimension("serviceCategory")), group.billedCost()));
        }
        BigDecimal costTotal = BigDecimal.ZERO;
        for (CostSummary.Total total : costSummary.totals()) {
            requireReportingCurrency(total.billingCurrency(), currency, "costs of " + month + " are billed");
            costTotal = costTotal.add(total.billedCost());
        }

        UsageSummary usageSummary = upstream.fetchUsageSummary(month);
        List<UsageSummary.Group> groups = new ArrayList<>();
        for (UsageSummary.Group group : usageSummary.groups()) {
            if (blankToNull(group.businessUnit()) == null || blankToNull(group.product()) == null) {
                Log.warnf("Usage summary of %s has a group without business unit or product; skipped", month);
                continue;
            }
            groups.add(group);
        }
        // One pricing call for the whole run.
        List<Optional<Quote>> quotes = upstream.quotePrices(groups.stream()
                .map(g -> new BatchQuote.Item(g.businessUnit(), g.product(), g.quantity(), month.toString()))
                .toList());
        List<StatementPlanner.RatedUsage> usage = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            usage.add(rate(groups.get(i), quotes.get(i), currency));
        }

        StatementPlan plan = StatementPlanner.plan(month, currency, costTotal, costs, usage);
        UUID runId = statements.storeRun(plan);
        return findRun(runId);
    }

    /** The run with its reconciliation and every statement of its month as it is now; 404 if unknown. */
    @Transactional(SUPPORTS)
    public StatementRun findRun(UUID id) {
        StatementRun run = runs.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Statement run", id.toString()));
        return new StatementRun(run.id(), run.month(), run.currency(), run.createdAt(), run.reconciliation(),
                run.unallocatedCosts(), statements.listStatements(run.month(), null));
    }

    private StatementPlanner.RatedUsage rate(UsageSummary.Group group, Optional<Quote> quote, Currency currency) {
        if (quote.isEmpty()) {
            return new StatementPlanner.RatedUsage(group.businessUnit(), group.product(), group.quantity(), null, null,
                    null);
        }
        requireReportingCurrency(quote.get().currency(), currency, "price of product " + group.product() + " is");
        return new StatementPlanner.RatedUsage(group.businessUnit(), group.product(), group.quantity(),
                quote.get().unit(), quote.get().unitRate(), quote.get().amount());
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

    private static String serviceCategory(String value) {
        String category = blankToNull(value);
        return category == null ? UNKNOWN_SERVICE_CATEGORY : category;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
