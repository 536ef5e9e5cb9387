package org.chargeback.chargeback;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.chargeback.chargeback.upstream.BatchQuote;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.LateUsage;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UsageSummary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

/**
 * Fixed answers of ingestion-service and pricing-service, shaped exactly as docs/CONTRACTS.md describes them,
 * for the {@code @InjectMock @RestClient} clients of a test.
 */
public final class Upstream {

    public static final String COST_GROUP_BY = "tag:business-unit,serviceCategory";

    private Upstream() {
    }

    /** A cost summary group in USD; {@code businessUnit} null = rows without the business unit tag. */
    public static CostSummary.Group cost(String businessUnit, String serviceCategory, String billedCost) {
        return cost(businessUnit, serviceCategory, billedCost, "USD");
    }

    public static CostSummary.Group cost(String businessUnit, String serviceCategory, String billedCost,
                                         String currency) {
        Map<String, String> dimensions = new HashMap<>(); // Map.of refuses the null of an untagged row
        dimensions.put("tag:business-unit", businessUnit);
        dimensions.put("serviceCategory", serviceCategory);
        return new CostSummary.Group(dimensions, currency, new BigDecimal(billedCost), new BigDecimal(billedCost), 3);
    }

    /** The summary with its totals per billing currency, as ingestion computes them. */
    public static CostSummary costs(String month, CostSummary.Group... groups) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (CostSummary.Group g : groups) {
            totals.merge(g.billingCurrency(), g.billedCost(), BigDecimal::add);
        }
        List<CostSummary.Total> totalList = totals.entrySet().stream()
                .map(e -> new CostSummary.Total(e.getKey(), e.getValue(), e.getValue(), groups.length)).toList();
        return new CostSummary(month, List.of("tag:business-unit", "serviceCategory"), Arrays.asList(groups),
                totalList);
    }

    public static UsageSummary.Group usage(String businessUnit, String product, String quantity) {
        return new UsageSummary.Group(Map.of("businessUnit", businessUnit, "product", product),
                new BigDecimal(quantity), 7, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO);
    }

    /** Usage of a use case, with token counts carried by every one of its {@code events}. */
    public static UsageSummary.Group usage(String businessUnit, String useCase, String product, String quantity,
                                           long events, String tokensIn, String tokensOut) {
        return new UsageSummary.Group(Map.of("businessUnit", businessUnit, "useCase", useCase, "product", product),
                new BigDecimal(quantity), events, new BigDecimal(tokensIn), new BigDecimal(tokensOut), events, new BigDecimal(quantity));
    }

    public static UsageSummary usageOf(String month, UsageSummary.Group... groups) {
        BigDecimal quantity = Arrays.stream(groups).map(UsageSummary.Group::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageSummary(month, List.of("businessUnit", "product"), Arrays.asList(groups),
                new UsageSummary.Totals(quantity, 7L * groups.length));
    }

    /** A flat quote answer: amount = quantity x unitRate, as pricing computes it. */
    public static Quote quote(String product, String unit, String unitRate, String currency, BigDecimal quantity) {
        return new Quote(product, "any", quantity, unit, new BigDecimal(unitRate), currency,
                quantity.multiply(new BigDecimal(unitRate)), "b1d7c6a4-0000-4000-8000-000000000001", "2020-01-01",
                "2020-01-01", null);
    }

    /** What the real REST client throws for an HTTP error answer. */
    public static WebApplicationException httpError(int status) {
        return new WebApplicationException(Response.status(status).build());
    }

    public static ProcessingException connectionRefused() {
        return new ProcessingException(new java.net.ConnectException("Connection refused"));
    }

    /**
     * Stubs the two ingestion summaries of {@code month} (whatever they are grouped by: the groups carry the
     * dimensions the test cares about), no late usage and no cost revisions.
     */
    public static void givenIngestion(IngestionClient ingestion, String month, CostSummary costs, UsageSummary usage) {
        when(ingestion.costSummary(eq(month), anyString())).thenReturn(costs);
        when(ingestion.usageSummary(eq(month), anyString())).thenReturn(usage);
        when(ingestion.lateUsage(anyString())).thenAnswer(call -> new LateUsage(call.getArgument(0), List.of(), false));
    }

    /** Flat prices per (mock, month, product): what the stubbed batch answer prices; absent = UNPRICED. */
    private static final Map<PricingClient, Map<String, String[]>> PRICES = new java.util.IdentityHashMap<>();

    /** Stubs pricing's batch quote so {@code product} costs {@code unitPrice} per unit in {@code month}. */
    public static void givenPrice(PricingClient pricing, String month, String product, String unit, String unitPrice) {
        givenPrice(pricing, month, product, unit, unitPrice, "USD");
    }

    public static void givenPrice(PricingClient pricing, String month, String product, String unit, String unitPrice,
                                  String currency) {
        prices(pricing).put(month + "|" + product, new String[]{unit, unitPrice, currency});
    }

    /** pricing-service answers UNPRICED (no price in force) for {@code product}. */
    public static void givenNoPrice(PricingClient pricing, String month, String product) {
        prices(pricing).remove(month + "|" + product);
    }

    private static synchronized Map<String, String[]> prices(PricingClient pricing) {
        Map<String, String[]> prices = PRICES.get(pricing);
        if (prices == null) {
            Map<String, String[]> created = new HashMap<>();
            PRICES.clear(); // a new test's mock: the previous test's prices are gone with it
            PRICES.put(pricing, created);
            when(pricing.quoteBatch(any())).thenAnswer(call -> {
                BatchQuote.Request request = call.getArgument(0);
                List<BatchQuote.Result> results = new java.util.ArrayList<>();
                for (int i = 0; i < request.items().size(); i++) {
                    BatchQuote.Item item = request.items().get(i);
                    String[] price = created.get(item.month() + "|" + item.product());
                    results.add(price == null ? new BatchQuote.Result(i, "UNPRICED", null)
                            : new BatchQuote.Result(i, "PRICED",
                            quote(item.product(), price[0], price[1], price[2], item.quantity())));
                }
                return new BatchQuote.Response(results);
            });
            return created;
        }
        return prices;
    }
}
