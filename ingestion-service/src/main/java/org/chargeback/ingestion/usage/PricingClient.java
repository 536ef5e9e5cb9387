package org.chargeback.ingestion.usage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** pricing-service's product lookup (docs/CONTRACTS.md): 200 for a known outcome product, 404 otherwise. */
@RegisterRestClient(configKey = "pricing")
// Calls carry this service's own token (role "service"), minted with the suite's key.
@ClientHeaderParam(name = "Authorization", value = "{org.chargeback.support.security.ServiceTokens.authorization}")
@Path("/v1/products")
@Produces(MediaType.APPLICATION_JSON)
interface PricingClient {

    @GET
    @Path("/{code}")
    Response product(@PathParam("code") String code);
}
