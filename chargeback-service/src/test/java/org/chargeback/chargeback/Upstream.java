package org.chargeback.chargeback;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UsageSummary;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                new BigDecimal(quantity), 7);
    }

    public static UsageSummary usageOf(String month, UsageSummary.Group... groups) {
        BigDecimal quantity = Arrays.stream(groups).map(UsageSummary.Group::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new UsageSummary(month, List.of("businessUnit", "product"), Arrays.asList(groups),
                new UsageSummary.Totals(quantity, 7L * groups.length));
    }

    public static Quote quote(String product, String unit, String unitPrice, String currency) {
        return new Quote(product, "any", null, unit, new BigDecimal(unitPrice), currency, null,
                "b1d7c6a4-0000-4000-8000-000000000001", "2020-01-01", "2020-01-01");
    }

    /** What the real REST client throws for an HTTP error answer. */
    public static WebApplicationException httpError(int status) {
        return new WebApplicationException(Response.status(status).build());
    }

    public static ProcessingException connectionRefused() {
        return new ProcessingException(new java.net.ConnectException("Connection refused"));
    }

    /** Stubs the two ingestion summaries of {@code month}. */
    public static void givenIngestion(IngestionClient ingestion, String month, CostSummary costs, UsageSummary usage) {
        when(ingestion.costSummary(eq(month), eq(COST_GROUP_BY))).thenReturn(costs);
        when(ingestion.usageSummary(eq(month), eq("businessUnit,product"))).thenReturn(usage);
    }

    /** Stubs the quote of {@code product} at the first day of {@code month}, for every business unit and quantity. */
    public static void givenPrice(PricingClient pricing, String month, String product, String unit, String unitPrice) {
        when(pricing.quote(eq(product), anyString(), anyString(), eq(month + "-01")))
                .thenReturn(quote(product, unit, unitPrice, "USD"));
    }

    /** pricing-service answers 404 /problems/no-price-in-force for {@code product}. */
    public static void givenNoPrice(PricingClient pricing, String month, String product) {
        when(pricing.quote(eq(product), anyString(), anyString(), eq(month + "-01"))).thenThrow(httpError(404));
    }
}
