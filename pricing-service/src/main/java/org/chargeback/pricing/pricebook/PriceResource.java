package org.chargeback.pricing.pricebook;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.chargeback.pricing.shared.Instants;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
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

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

@Path("/v1/products/{code}/prices")
@Tag(name = "Price book", description = "Versioned prices of a product: added, never edited")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceResource {

    private final PriceBookService priceBook;

    PriceResource(PriceBookService priceBook) {
        this.priceBook = priceBook;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "addPrice", summary = "Add a price version",
            description = "Adds a price version: a list price (no businessUnit) or a business unit's override (its "
                    + "own model and rate, or discountPercent on the list price). In force from effectiveFrom "
                    + "(inclusive) until effectiveTo (exclusive) or, without one, until the next version of the same "
                    + "scope starts. Versions are never edited: to change a price, add a version. Refused with 409 "
                    + "when it overlaps a version of the same scope (same start, or inside a version with an explicit "
                    + "end), and when it would change a price inside a frozen month unless retroactiveCorrection=true. "
                    + "package: a started package is charged whole (rounded up).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddPriceRequest.class),
            examples = {
                    @ExampleObject(name = "flat", summary = "A flat list price from the first of next month",
                            value = Examples.ADD_FLAT),
                    @ExampleObject(name = "graduated", summary = "Graduated tiers with a monthly minimum",
                            value = Examples.ADD_GRADUATED),
                    @ExampleObject(name = "cost-plus", summary = "Actual cost of a cost pool plus 15 %",
                            value = Examples.ADD_COST_PLUS),
                    @ExampleObject(name = "bu-discount", summary = "A business unit's discount for one year",
                            value = Examples.ADD_DISCOUNT)}))
    @APIResponse(responseCode = "201", description = "Price version added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PriceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Overlaps a version of the same scope "
            + "(/problems/price-overlap; conflictingPriceVersionId names it), changes a frozen month "
            + "(/problems/period-frozen; frozenMonths lists them) or the product is retired (/problems/product-retired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<PriceView> addPrice(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code,
            @Valid @NotNull AddPriceRequest request) {
        PriceView added = PriceView.from(priceBook.addPriceVersion(request.validate(code)));
        Log.debugf("Added price version %s to %s", added.id(), code);
        return RestResponse.status(RestResponse.Status.CREATED, added);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listPriceHistory", summary = "Price history of a product",
            description = "Every version (list prices and business unit overrides), oldest first, with effectiveTo "
                    + "derived; with `at` only the versions in force at that instant.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PriceView.class),
                    examples = @ExampleObject(name = "a price change in July", value = Examples.HISTORY)))
    @APIResponse(responseCode = "400", description = "`at` is not a date or instant (errors[].field = at)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PriceView> listPriceHistory(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code,
            @Parameter(description = "Only the versions in force at this date (00:00 UTC) or ISO 8601 instant",
                    example = "2026-10-15") @QueryParam("at") String at) {
        Instant instant = Instants.parseOptional("at", at);
        LocalDate day = instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
        List<PriceView> history = priceBook.listPriceHistory(code, day).stream().map(PriceView::from).toList();
        Log.debugf("Listed %d price versions of %s", history.size(), code);
        return history;
    }
}
