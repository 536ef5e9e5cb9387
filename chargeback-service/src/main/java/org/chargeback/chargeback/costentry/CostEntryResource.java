package org.chargeback.chargeback.costentry;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.costentry.dto.CostEntryView;
import org.chargeback.chargeback.costentry.dto.CreateCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.ReverseCostEntryRequest;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.UUID;

@Path("/v1/cost-entries")
@Tag(name = "Cost entries", description = "Manual costs no FOCUS file brings (talent, unmetered tools, credits): "
        + "immutable, cancelled by reversal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CostEntryResource {

    private final CostEntryService costEntries;

    CostEntryResource(CostEntryService costEntries) {
        this.costEntries = costEntries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "enterCostEntry", summary = "Enter a manual cost of a business unit and month",
            description = "For costs no FOCUS file brings: talent, unmetered tools, credits (negative amounts). The "
                    + "business unit must be registered and the use case, if any, one of its own. The amount is kept "
                    + "at full precision and must be in the reporting currency. Entries are never changed or deleted: "
                    + "cancel one with POST /v1/cost-entries/{id}/reversal.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateCostEntryRequest.class),
            examples = {@ExampleObject(name = "talent", summary = "Share of two ML engineers",
                    value = Examples.CREATE_COST_ENTRY),
                    @ExampleObject(name = "credit", summary = "A credit is a negative amount",
                            value = Examples.CREATE_CREDIT)}))
    @APIResponse(responseCode = "201", description = "Entered",
            headers = @Header(name = "Location", description = "URL of the new entry",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostEntryView.class),
                    examples = @ExampleObject(name = "entered", value = Examples.COST_ENTRY)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body, unknown business unit, a use case "
            + "of another business unit, a zero amount (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_COST_ENTRY)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency (/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency-mismatch", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public RestResponse<CostEntryView> enterCostEntry(@Valid @NotNull CreateCostEntryRequest request,
                                                      @Context UriInfo uri) {
        CostEntry entered = costEntries.enterCostEntry(request);
        Log.debugf("Entered cost entry %s", entered.id());
        return RestResponse.ResponseBuilder.<CostEntryView>created(
                        uri.getAbsolutePathBuilder().path(entered.id().toString()).build())
                .entity(CostEntryView.from(entered))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listCostEntries", summary = "List a month's cost entries",
            description = "Every entry of the month, reversals included, by business unit then as entered.")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CostEntryView.class),
                    examples = @ExampleObject(name = "entry and its reversal", value = Examples.COST_ENTRY_LIST)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<CostEntryView> listCostEntries(
            @Parameter(description = "The month, YYYY-MM (required)", example = "2026-10", required = true)
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        List<CostEntryView> found = costEntries.listCostEntries(Months.parse("month", month), businessUnit).stream()
                .map(CostEntryView::from).toList();
        Log.debugf("Listed %d cost entries (month %s, business unit %s)", found.size(), month, businessUnit);
        return found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "getCostEntry", summary = "Get a cost entry",
            description = "reversedBy names the reversal that cancels it, if any.")
    @APIResponse(responseCode = "200", description = "The entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostEntryView.class),
                    examples = @ExampleObject(name = "entry", value = Examples.COST_ENTRY)))
    @APIResponse(responseCode = "404", description = "No entry has this id (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_ENTRY_NOT_FOUND)))
    public CostEntryView getCostEntry(
            @Parameter(description = "Cost entry id", example = Examples.ENTRY_ID) @PathParam("id") UUID id) {
        Log.debugf("Reading cost entry %s", id);
        return CostEntryView.from(costEntries.getCostEntry(id));
    }

    @POST
    @Path("/{id}/reversal")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "reverseCostEntry", summary = "Reverse a cost entry",
            description = "Creates the reversing entry: same month, business unit, use case and categories, negated "
                    + "amount, reverses = the original, whose reversedBy then names it. Both stay on record. An entry "
                    + "is reversed once; a reversal cannot be reversed (enter the cost again instead).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReverseCostEntryRequest.class),
            examples = @ExampleObject(name = "entered-twice", value = Examples.REVERSE_COST_ENTRY)))
    @APIResponse(responseCode = "201", description = "The reversing entry",
            headers = @Header(name = "Location", description = "URL of the reversing entry",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostEntryView.class),
                    examples = @ExampleObject(name = "reversal", value = Examples.REVERSAL)))
    @APIResponse(responseCode = "400", description = "Invalid body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_COST_ENTRY)))
    @APIResponse(responseCode = "404", description = "No entry has this id (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_ENTRY_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Reversed already (/problems/cost-entry-already-reversed, "
            + "reversedBy names the reversal) or itself a reversal (/problems/cost-entry-is-a-reversal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "already-reversed", value = Examples.PROBLEM_ALREADY_REVERSED),
                            @ExampleObject(name = "is-a-reversal", value = Examples.PROBLEM_IS_A_REVERSAL)}))
    public RestResponse<CostEntryView> reverseCostEntry(
            @Parameter(description = "Id of the entry to reverse", example = Examples.ENTRY_ID) @PathParam("id") UUID id,
            @Valid @NotNull ReverseCostEntryRequest request, @Context UriInfo uri) {
        CostEntry reversal = costEntries.reverseCostEntry(id, request);
        Log.debugf("Reversed cost entry %s with %s", id, reversal.id());
        return RestResponse.ResponseBuilder.<CostEntryView>created(
                        uri.getBaseUriBuilder().path("v1/cost-entries").path(reversal.id().toString()).build())
                .entity(CostEntryView.from(reversal))
                .build();
    }
}
