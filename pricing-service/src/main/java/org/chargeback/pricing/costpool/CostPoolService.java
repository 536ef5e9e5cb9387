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
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Cost-plus unit rates: the month's actual cost (FOCUS EffectiveCost) of a cost pool, read from ingestion-service's
 * cost summary grouped by the pool's tag, divided by the month's units of the product from its usage summary, plus
 * the markup.
 */
@ApplicationScoped
public class CostPoolService {

    private final IngestionClient ingestion;

    CostPoolService(@RestClient IngestionClient ingestion) {
        this.ingestion = ingestion;
    }

    /**
     * @param costPool {@code tag:KEY=VALUE}
     * @throws ProblemException 502 {@code /problems/upstream-unavailable} when ingestion fails; 422
     *                          {@code /problems/cost-plus-undefined} when the month has no units of the product or
     *                          the pool's costs are in another currency
     */
    public RatingCalculator.CostPlusRate costPlusRate(String costPool, String product, YearMonth month,
                                                      BigDecimal markup, Currency currency) {
        int eq = costPool.indexOf('=');
        String dimension = costPool.substring(0, eq);
        String value = costPool.substring(eq + 1);
        IngestionClient.CostSummary costs = call("cost summary of " + month,
                () -> ingestion.costSummary(month.toString(), dimension));
        BigDecimal poolCost = BigDecimal.ZERO;
        for (IngestionClient.CostGroup group : Objects.requireNonNullElse(costs.groups(),
                java.util.List.<IngestionClient.CostGroup>of())) {
            if (group.dimensions() == null || !value.equals(group.dimensions().get(dimension))) {
                continue;
            }
            if (!currency.getCurrencyCode().equals(group.billingCurrency())) {
                throw undefined(product, month, "the cost pool " + costPool + " has costs in "
                        + group.billingCurrency() + ", the price is in " + currency.getCurrencyCode());
            }
            poolCost = poolCost.add(group.effectiveCost());
        }
        IngestionClient.UsageSummary usage = call("usage summary of " + month,
                () -> ingestion.usageSummary(month.toString(), "product"));
        BigDecimal units = Objects.requireNonNullElse(usage.groups(), java.util.List.<IngestionClient.UsageGroup>of())
                .stream().filter(g -> g.dimensions() != null && product.equals(g.dimensions().get("product")))
                .map(IngestionClient.UsageGroup::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (units.signum() <= 0) {
            throw undefined(product, month, "the month has no usage of " + product + " to share the pool's cost");
        }
        RatingCalculator.CostPlusRate rate = RatingCalculator.costPlusRate(poolCost, units, markup);
        Log.debugf("Cost-plus rate of %s in %s: pool %s / %s units x (1 + %s) = %s", product, month,
                poolCost.toPlainString(), units.toPlainString(), markup.toPlainString(), rate.unitRate().toPlainString());
        return rate;
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
            Log.warnf("ingestion-service could not be reached for the %s: %s", what, e.getMessage());
            throw unavailable(what, "no usable response");
        }
    }

    private static ProblemException unavailable(String what, String answer) {
        return new ProblemException(502, "upstream-unavailable", "An upstream service is unavailable",
                "ingestion-service gave " + answer + " for the " + what + "; a cost-plus price needs it")
                .with("service", "ingestion-service");
    }
}
