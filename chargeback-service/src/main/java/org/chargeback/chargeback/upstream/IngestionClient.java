package org.chargeback.chargeback.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ingestion-service summaries a statement run reads (docs/CONTRACTS.md, "ingestion-service"). */
@ApplicationScoped
@RegisterRestClient(configKey = "ingestion")
// Calls carry this service's own token (role "service"), minted with the suite's key.
@ClientHeaderParam(name = "Authorization", value = "{org.chargeback.support.security.ServiceTokens.authorization}")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface IngestionClient {

    /** {@code GET /v1/costs/summary?billingPeriod=YYYY-MM&groupBy=tag:business-unit,serviceCategory} */
    @GET
    @Path("/costs/summary")
    CostSummary costSummary(@QueryParam("billingPeriod") String billingPeriod, @QueryParam("groupBy") String groupBy);

    /** {@code GET /v1/usage/summary?month=YYYY-MM&groupBy=businessUnit,product} */
    @GET
    @Path("/usage/summary")
    UsageSummary usageSummary(@QueryParam("month") String month, @QueryParam("groupBy") String groupBy);

    /** {@code GET /v1/costs/revisions?billingPeriod=YYYY-MM}: the current revision of each cost scope. */
    @GET
    @Path("/costs/revisions")
    java.util.List<CostRevision> costRevisions(@QueryParam("billingPeriod") String billingPeriod);

    /** {@code GET /v1/usage/late?month=YYYY-MM}: usage that arrived after the month's statements were issued. */
    @GET
    @Path("/usage/late")
    LateUsage lateUsage(@QueryParam("month") String month);

    /** {@code GET /v1/usage-events?month=&businessUnit=&product=&limit=}: one page of stored events (lineage). */
    @GET
    @Path("/usage-events")
    java.util.Map<String, Object> usageEvents(@QueryParam("month") String month,
                                              @QueryParam("businessUnit") String businessUnit,
                                              @QueryParam("product") String product, @QueryParam("limit") int limit);

    /** {@code PUT /v1/usage/closed-months/YYYY-MM}: the month has an issued statement; later usage of it is late. */
    @PUT
    @Path("/usage/closed-months/{month}")
    void closeUsageMonth(@PathParam("month") String month);
}
