package org.chargeback.chargeback.upstream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The pricing-service quote a statement run asks for each (business unit, product) (docs/CONTRACTS.md). */
@ApplicationScoped
@RegisterRestClient(configKey = "pricing")
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface PricingClient {

    /**
     * {@code GET /v1/quotes?product=&businessUnit=&quantity=&at=}. Quantity is sent as a plain decimal string
     * ({@code 1200}, never {@code 1.2E+3}); {@code at} is an ISO date or instant.
     */
    @GET
    @Path("/quotes")
    Quote quote(@QueryParam("product") String product, @QueryParam("businessUnit") String businessUnit,
                @QueryParam("quantity") String quantity, @QueryParam("at") String at);
}
