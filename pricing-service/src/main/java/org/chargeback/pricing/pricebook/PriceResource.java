package org.chargeback.pricing.pricebook;

import io.quarkus.logging.Log;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/v1/products/{code}/prices")
@Tag(name = "Price book", description = "Versioned unit prices of a product: added, never edited")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceResource {

    private final PriceBookService priceBook;

    PriceResource(PriceBookService priceBook) {
        this.priceBook = priceBook;
    }

    @POST
    @Operation(operationId = "addPrice", summary = "Add a price version",
            description = "Adds a list price version in force from effectiveFrom until the next version starts. "
                    + "Versions are never edited: to correct a price, add a version.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddPriceRequest.class),
            examples = {
                    @ExampleObject(name = "list-price", summary = "A list price from the first of a month",
                            value = Examples.ADD_PRICE),
                    @ExampleObject(name = "token-price", summary = "A unit price below a cent, kept exactly",
                            value = Examples.ADD_TOKEN_PRICE)}))
    @APIResponse(responseCode = "201", description = "Price version added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PriceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A version already starts on effectiveFrom "
            + "(/problems/price-overlap; conflictingPriceId names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PriceView> addPrice(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code,
            @Valid @NotNull AddPriceRequest request) {
        PriceView added = PriceView.from(priceBook.addPriceVersion(request.toNewPriceVersion(code)));
        Log.debugf("Added price version %s to %s", added.id(), code);
        return RestResponse.status(RestResponse.Status.CREATED, added);
    }

    @GET
    @Operation(operationId = "listPriceHistory", summary = "Price history of a product",
            description = "Every version, oldest first, with effectiveTo derived from the next version.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PriceView.class)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PriceView> listPriceHistory(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code) {
        List<PriceView> history = priceBook.listPriceHistory(code).stream().map(PriceView::from).toList();
        Log.debugf("Listed %d price versions of %s", history.size(), code);
        return history;
    }
}
