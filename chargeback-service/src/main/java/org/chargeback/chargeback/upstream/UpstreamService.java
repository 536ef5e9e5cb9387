package org.chargeback.chargeback.upstream;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a statement run reads from the other services. Every failure of theirs becomes one 502
 * {@code /problems/upstream-unavailable} naming the service, except the one answer that carries business meaning:
 * a 404 from the quote endpoint (unknown product or no price in force) means the usage is UNRATED.
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
        String what = "usage summary of " + month;
        UsageSummary summary = call(INGESTION, what,
                () -> ingestion.usageSummary(month.toString(), "businessUnit,product"));
        if (!summary.groups().stream().allMatch(g -> g.quantity() != null)) {
            throw unavailable(INGESTION, what, "an incomplete answer (quantity missing)");
        }
        return summary;
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
     * The price of {@code quantity} units of {@code product} in force at the start of {@code month}; empty when
     * pricing answers 404 (the product is unknown or has no price in force): such usage is UNRATED, never free.
     */
    public Optional<Quote> quotePrice(String product, String businessUnit, BigDecimal quantity, YearMonth month) {
        String at = month.atDay(1).toString();
        String what = "quote for " + product + " at " + at;
        try {
            Quote quote = call(PRICING, what, () -> pricing.quote(product, businessUnit, quantity.toPlainString(), at));
            if (quote.unitPrice() == null || quote.currency() == null) {
                throw unavailable(PRICING, what, "an incomplete answer (unitPrice or currency missing)");
            }
            return Optional.of(quote);
        } catch (UpstreamNotFound e) {
            Log.debugf("No price in force for product %s at %s: unrated", product, at);
            return Optional.empty();
        }
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
            if (status == 404 && PRICING.equals(service)) {
                throw new UpstreamNotFound();
            }
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

    /** The quote endpoint's 404: no price for the product at that instant. */
    private static final class UpstreamNotFound extends RuntimeException {
        UpstreamNotFound() {
            super(null, null, false, false);
        }
    }
}
