package org.chargeback.chargeback.upstream;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a statement run reads from the other services. Every failure of theirs becomes one 502
 * {@code /problems/upstream-unavailable} naming the service. An UNPRICED item of pricing's batch answer (unknown
 * product or no price in force) carries business meaning: that usage is UNRATED.
 */
@ApplicationScoped
public class UpstreamService {

    static final String INGESTION = "ingestion-service";
    static final String PRICING = "pricing-service";

    private final IngestionClient ingestion;
    private final PricingClient pricing;

    UpstreamService(@RestClient IngestionClient ingestion, @RestClient PricingClient pricing) {
        this.ingestion = ingestion;
        this.pricing = pricing;
    }

    /** The month's FOCUS costs grouped by the given dimensions (e.g. {@code tag:business-unit,serviceCategory}). */
    public CostSummary fetchCostSummary(YearMonth month, String groupBy) {
        String what = "cost summary of " + month;
        CostSummary summary = call(INGESTION, what, () -> ingestion.costSummary(month.toString(), groupBy));
        boolean complete = summary.groups().stream().allMatch(g -> g.billedCost() != null)
                && summary.totals().stream().allMatch(t -> t.billedCost() != null);
        if (!complete) {
            throw unavailable(INGESTION, what, "an incomplete answer (billedCost missing)");
        }
        return summary;
    }

    /** The month's outcome usage per business unit and product. */
    public UsageSummary fetchUsageSummary(YearMonth month) {
        return fetchUsageSummary(month, "businessUnit,product");
    }

    /** The month's outcome usage grouped by the given dimensions ({@code businessUnit,useCase,product}). */
    public UsageSummary fetchUsageSummary(YearMonth month, String groupBy) {
        String what = "usage summary of " + month;
        UsageSummary summary = call(INGESTION, what,
                () -> ingestion.usageSummary(month.toString(), groupBy));
        if (!summary.groups().stream().allMatch(g -> g.quantity() != null)) {
            throw unavailable(INGESTION, what, "an incomplete answer (quantity missing)");
        }
        return summary;
    }

    /** The current revision of every cost scope of the billing period: the lineage of a statement's costs. */
    public List<CostRevision> fetchCostRevisions(YearMonth month) {
        return call(INGESTION, "cost revisions of " + month, () -> ingestion.costRevisions(month.toString()));
    }

    /** The first page of the usage events behind a chargeback line: {@code events} and {@code nextCursor}. */
    public Map<String, Object> fetchUsageEvents(YearMonth month, String businessUnit, String product, int limit) {
        return call(INGESTION, "usage events of " + businessUnit + "/" + product + " in " + month,
                () -> ingestion.usageEvents(month.toString(), businessUnit, product, limit));
    }

    /** Usage events of the month that arrived after it was closed (its statements issued). */
    public LateUsage fetchLateUsage(YearMonth month) {
        return call(INGESTION, "late usage of " + month, () -> ingestion.lateUsage(month.toString()));
    }

    /** Every retroactive price correction pricing-service has recorded, oldest first. */
    public List<PriceChange> fetchRetroactivePriceChanges() {
        return call(PRICING, "retroactive price changes", () -> pricing.retroactivePriceChanges(true));
    }

    /**
     * Tells ingestion-service that {@code month} has an issued statement, so usage events of it arriving from now on
     * are marked late (and listed for an adjustment) instead of silently changing an issued month. Idempotent.
     */
    public void closeUsageMonth(YearMonth month) {
        call(INGESTION, "closing of usage month " + month, () -> {
            ingestion.closeUsageMonth(month.toString());
            return Boolean.TRUE;
        });
    }

    /**
     * Prices every (business unit, product, quantity) of the month in one call, at the month's first day. The answer
     * has one entry per usage, in order; empty = pricing has no price for it (unknown product, no price in force):
     * such usage is UNRATED, never free.
     */
    public List<Optional<Quote>> quotePrices(List<BatchQuote.Item> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        String what = "quotes of " + items.size() + " usage group(s) of " + items.get(0).month();
        BatchQuote.Response response = call(PRICING, what, () -> pricing.quoteBatch(new BatchQuote.Request(items)));
        if (response.results() == null || response.results().size() != items.size()) {
            throw unavailable(PRICING, what, "an answer with a different number of results");
        }
        List<Optional<Quote>> quotes = new ArrayList<>(items.size());
        for (BatchQuote.Result result : response.results()) {
            if ("PRICED".equals(result.status())) {
                Quote quote = result.quote();
                if (quote == null || quote.amount() == null || quote.currency() == null) {
                    throw unavailable(PRICING, what, "an incomplete answer (amount or currency missing)");
                }
                quotes.add(Optional.of(quote));
            } else {
                Log.debugf("No price for item %d of the %s: unrated", result.index(), what);
                quotes.add(Optional.empty());
            }
        }
        return quotes;
    }

    /**
     * Tells pricing-service the month has issued statements, so its prices are frozen (idempotent). Called before a
     * statement is issued: a month cannot be issued while pricing could still change its prices unnoticed.
     */
    public void freezePrices(YearMonth month) {
        call(PRICING, "freeze of " + month, () -> pricing.freezePeriod(month.toString(),
                Map.of("frozenBy", "chargeback-service")));
    }

    private static <T> T call(String service, String what, Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw unavailable(service, what, "an empty response");
            }
            return answer;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            Log.warnf("%s answered HTTP %d for the %s", service, status, what);
            throw unavailable(service, what, "HTTP " + status);
        } catch (ProcessingException e) {
            // Connection refused, timeout, or a body we cannot read: the service is not usable right now.
            Log.warnf("%s could not be reached for the %s: %s", service, what, e.getMessage());
            throw unavailable(service, what, "no usable response (" + rootMessage(e) + ")");
        }
    }

    private static ProblemException unavailable(String service, String what, String answer) {
        return new ProblemException(502, "upstream-unavailable", "An upstream service is unavailable",
                service + " gave " + answer + " for the " + what + "; nothing was stored, try the run again later")
                .with("service", service);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
