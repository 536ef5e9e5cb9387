package org.chargeback.pricing.costpool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The ingestion-service summaries a cost-plus price needs (docs/CONTRACTS.md, "ingestion-service"). */
@ApplicationScoped
@RegisterRestClient(configKey = "ingestion")
// Calls carry this service's own token (role "service"), minted with the suite's key.
@ClientHeaderParam(name = "Authorization", value = "{org.chargeback.support.security.ServiceTokens.authorization}")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestionClient {

    /** {@code GET /v1/costs/summary?billingPeriod=YYYY-MM&groupBy=tag:KEY} */
    @GET
    @Path("/costs/summary")
    CostSummary costSummary(@QueryParam("billingPeriod") String billingPeriod, @QueryParam("groupBy") String groupBy);

    /** {@code GET /v1/usage/summary?month=YYYY-MM&groupBy=product} */
    @GET
    @Path("/usage/summary")
    UsageSummary usageSummary(@QueryParam("month") String month, @QueryParam("groupBy") String groupBy);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CostSummary(List<CostGroup> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CostGroup(Map<String, String> dimensions, String billingCurrency, BigDecimal effectiveCost) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsageSummary(List<UsageGroup> groups) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UsageGroup(Map<String, String> dimensions, BigDecimal quantity) {
    }
}
