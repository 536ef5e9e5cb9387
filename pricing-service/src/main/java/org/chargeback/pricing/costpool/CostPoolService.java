package org.chargeback.pricing.costpool;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.chargeback.pricing.rating.RatingCalculator;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Cost-plus unit rates: the month's actual cost (FOCUS EffectiveCost) of a cost pool, read from ingestion-service's
 * cost summary grouped by the pool's tag, divided by the month's units of the product, plus the markup.
 * <p>
 * "The month's units" are every business unit's usage of the product in that month (ingestion's usage summary grouped
 * by product), not the quantity being quoted: the pool's cost is shared over everyone who used the product, so the
 * business units' quotes of a month add up to the pool's cost plus the markup, and each pays the same unit rate.
 */
@ApplicationScoped
public class CostPoolService {

    private final IngestionClient ingestion;

    CostPoolService(@RestClient IngestionClient ingestion) {
        this.ingestion = ingestion;
    }

    /**
     * The summaries read from ingestion-service during one request, so that a batch of quotes asks for the cost
     * summary of a (tag, month) and the usage summary of a month once, however many items use them. Not thread-safe;
     * one per request.
     */
    public static final class Reads {
        private final Map<String, IngestionClient.CostSummary> costSummaries = new HashMap<>();
        private final Map<YearMonth, IngestionClient.UsageSummary> usageSummaries = new HashMap<>();
    }

    /**
     * @param costPool {@code tag:KEY=VALUE}
     * @param reads    the summaries already read in this request (a fresh {@link Reads} for a single quote)
     * @throws ProblemException 502 {@code /problems/upstream-unavailable} when ingestion fails; 422
     *                          {@code /problems/cost-plus-undefined} when the pool has no cost in the month, its cost
     *                          is negative or in another currency, or the month has no units of the product
     */
    public CostPlus costPlusRate(String costPool, String product, YearMonth month, BigDecimal markup,
                                 Currency currency, Reads reads) {
        int eq = costPool.indexOf('=');
        String dimension = costPool.substring(0, eq);
        String value = costPool.substring(eq + 1);
        IngestionClient.CostSummary costs = reads.costSummaries.computeIfAbsent(month + " " + dimension,
                key -> call("cost summary of " + month, () -> ingestion.costSummary(month.toString(), dimension)));
        BigDecimal poolCost = BigDecimal.ZERO;
        long poolGroups = 0;
        for (IngestionClient.CostGroup group : Objects.requireNonNullElse(costs.groups(),
                List.<IngestionClient.CostGroup>of())) {
            if (group.dimensions() == null || !value.equals(group.dimensions().get(dimension))) {
                continue;
            }
            if (!currency.getCurrencyCode().equals(group.billingCurrency())) {
                throw undefined(product, month, "the cost pool " + costPool + " has costs in "
                        + group.billingCurrency() + ", the price is in " + currency.getCurrencyCode());
            }
            if (group.effectiveCost() == null) {
                throw unavailable("cost summary of " + month, "an incomplete answer (effectiveCost missing)");
            }
            poolCost = poolCost.add(group.effectiveCost());
            poolGroups++;
        }
        if (poolGroups == 0) {
            // No cost is not a zero price: most likely the month's costs are not imported yet. Charging 0 would
            // silently give the product away.
            throw undefined(product, month, "ingestion-service has no cost tagged " + costPool.substring(4)
                    + " in billing period " + month + " (are the month's costs imported?)");
        }
        if (poolCost.signum() < 0) {
            throw undefined(product, month, "the cost pool " + costPool + " has a negative cost ("
                    + poolCost.toPlainString() + " " + currency.getCurrencyCode() + ") in " + month);
        }
        IngestionClient.UsageSummary usage = reads.usageSummaries.computeIfAbsent(month,
                key -> call("usage summary of " + month, () -> ingestion.usageSummary(month.toString(), "product")));
        BigDecimal units = Objects.requireNonNullElse(usage.groups(), List.<IngestionClient.UsageGroup>of())
                .stream().filter(g -> g.dimensions() != null && product.equals(g.dimensions().get("product")))
                .map(g -> Objects.requireNonNullElse(g.quantity(), BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (units.signum() <= 0) {
            throw undefined(product, month, "ingestion-service has no usage of " + product + " in " + month
                    + " to share the pool's cost over");
        }
        RatingCalculator.CostPlusRate rate = RatingCalculator.costPlusRate(poolCost, units, markup);
        Log.debugf("Cost-plus rate of %s in %s: pool %s / %s units x (1 + %s) = %s", product, month,
                poolCost.toPlainString(), units.toPlainString(), markup.toPlainString(), rate.unitRate().toPlainString());
        return new CostPlus(costPool, month.toString(), rate.poolCost(), rate.monthUnits(), rate.costPerUnit(),
                rate.markup(), rate.markupPerUnit(), rate.unitRate());
    }

    private static ProblemException undefined(String product, YearMonth month, String why) {
        return new ProblemException(422, "cost-plus-undefined", "The cost-plus price cannot be computed",
                "Product '" + product + "' is priced cost-plus in " + month + ", but " + why);
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            T answer = request.get();
            if (answer == null) {
                throw unavailable(what, "an empty response");
            }
            return answer;
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            Log.warnf("ingestion-service answered HTTP %d for the %s", status, what);
            throw unavailable(what, "HTTP " + status);
        } catch (ProcessingException e) {
            // Connection refused, timeout, or a body we cannot read: ingestion is not usable right now.
            Log.warnf("ingestion-service could not be reached for the %s: %s", what, e.getMessage());
            throw unavailable(what, "no usable response");
        }
    }

    private static ProblemException unavailable(String what, String answer) {
        return new ProblemException(502, "upstream-unavailable", "An upstream service is unavailable",
                "ingestion-service gave " + answer + " for the " + what + "; a cost-plus price needs it, try again later")
                .with("service", "ingestion-service");
    }
}
