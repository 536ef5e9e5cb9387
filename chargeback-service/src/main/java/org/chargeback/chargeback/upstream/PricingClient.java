package org.chargeback.chargeback.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.Map;

/** The pricing-service calls chargeback makes (docs/CONTRACTS.md). */
@ApplicationScoped
@RegisterRestClient(configKey = "pricing")
// Calls carry this service's own token (role "service"), minted with the suite's key.
@ClientHeaderParam(name = "Authorization", value = "{org.chargeback.support.security.ServiceTokens.authorization}")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PricingClient {

    /** {@code POST /v1/quotes}: the whole statement run's (business unit, product, quantity, month) in one call. */
    @POST
    @Path("/quotes")
    BatchQuote.Response quoteBatch(BatchQuote.Request request);

    /** {@code GET /v1/price-changes?retroactive=true}: corrections of prices inside frozen (issued) months. */
    @jakarta.ws.rs.GET
    @Path("/price-changes")
    java.util.List<PriceChange> retroactivePriceChanges(@jakarta.ws.rs.QueryParam("retroactive") boolean retroactive);

    /** {@code PUT /v1/frozen-periods/{month}}: the month has issued statements; its prices must not change. */
    @PUT
    @Path("/frozen-periods/{month}")
    Map<String, Object> freezePeriod(@PathParam("month") String month, Map<String, String> body);
}
