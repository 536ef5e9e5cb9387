package org.chargeback.chargeback.costentry;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.costentry.dto.CreateRecurringCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.RecurringCostEntryView;
import org.chargeback.chargeback.costentry.dto.UpdateRecurringCostEntryRequest;
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

@Path("/v1/recurring-cost-entries")
@Tag(name = "Recurring cost entries", description = "Seats x price every month (copilot seats); each change is a "
        + "new version in force from its fromMonth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecurringCostEntryResource {

    private final CostEntryService costEntries;

    RecurringCostEntryResource(CostEntryService costEntries) {
        this.costEntries = costEntries;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "createRecurringCostEntry", summary = "Create a recurring cost entry (seats x price)",
            description = "Version 1: quantity seats at unitPrice every month from fromMonth to toMonth (inclusive; "
                    + "omit for open-ended). budgetCategory defaults to VENDOR_AND_API and workloadCategory to "
                    + "EMBEDDED. The monthly amount is quantity x unitPrice, exact.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateRecurringCostEntryRequest.class),
            examples = @ExampleObject(name = "copilot", summary = "120 Copilot seats at 30.00",
                    value = Examples.CREATE_RECURRING)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the entry",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Send it as If-Match to change the entry",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecurringCostEntryView.class),
                    examples = @ExampleObject(name = "created", value = Examples.RECURRING)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body, unknown business unit, a use case "
            + "of another business unit, toMonth before fromMonth (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_RECURRING)))
    @APIResponse(responseCode = "409", description = "The code is taken (/problems/recurring-cost-entry-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_RECURRING_EXISTS)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency (/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency-mismatch", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public RestResponse<RecurringCostEntryView> createRecurringCostEntry(
            @Valid @NotNull CreateRecurringCostEntryRequest request, @Context UriInfo uri) {
        RecurringCostEntry created = costEntries.createRecurringCostEntry(request);
        Log.debugf("Created recurring cost entry %s", created.reference());
        return RestResponse.ResponseBuilder.<RecurringCostEntryView>created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .header(HttpHeaders.ETAG, created.etag())
                .entity(RecurringCostEntryView.from(created))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listRecurringCostEntries", summary = "List recurring cost entries",
            description = "By code: the latest version of each entry, or with month the version in force in that "
                    + "month (entries not in force then are left out).")
    @APIResponse(responseCode = "200", description = "The entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecurringCostEntryView.class),
                    examples = @ExampleObject(name = "two entries", value = Examples.RECURRING_LIST)))
    @APIResponse(responseCode = "400", description = "month is not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<RecurringCostEntryView> listRecurringCostEntries(
            @Parameter(description = "Only the versions in force in this month, YYYY-MM", example = "2026-12")
            @QueryParam("month") @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month) {
        List<RecurringCostEntryView> found = costEntries.listRecurringCostEntries(
                month == null ? null : Months.parse("month", month)).stream().map(RecurringCostEntryView::from).toList();
        Log.debugf("Listed %d recurring cost entries (month %s)", found.size(), month);
        return found;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "getRecurringCostEntry", summary = "Get the latest version of a recurring cost entry")
    @APIResponse(responseCode = "200", description = "The latest version",
            headers = @Header(name = "ETag", description = "Send it as If-Match to change the entry",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecurringCostEntryView.class),
                    examples = @ExampleObject(name = "version 2", value = Examples.RECURRING_V2)))
    @APIResponse(responseCode = "404", description = "No entry has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_RECURRING_NOT_FOUND)))
    public RestResponse<RecurringCostEntryView> getRecurringCostEntry(
            @Parameter(description = "Recurring cost entry code", example = "support-copilot")
            @PathParam("code") String code) {
        RecurringCostEntry latest = costEntries.getRecurringCostEntry(code);
        Log.debugf("Found recurring cost entry %s", latest.reference());
        return RestResponse.ResponseBuilder.ok(RecurringCostEntryView.from(latest))
                .header(HttpHeaders.ETAG, latest.etag()).build();
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listRecurringCostEntryVersions", summary = "List every version of a recurring cost entry",
            description = "Oldest first; versions are never changed or deleted.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = RecurringCostEntryView.class),
                    examples = @ExampleObject(name = "seat change", value = Examples.RECURRING_VERSIONS)))
    @APIResponse(responseCode = "404", description = "No entry has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_RECURRING_NOT_FOUND)))
    public List<RecurringCostEntryView> listRecurringCostEntryVersions(
            @Parameter(description = "Recurring cost entry code", example = "support-copilot")
            @PathParam("code") String code) {
        List<RecurringCostEntryView> versions = costEntries.listRecurringCostEntryVersions(code).stream()
                .map(RecurringCostEntryView::from).toList();
        Log.debugf("Listed %d versions of recurring cost entry %s", versions.size(), code);
        return versions;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "updateRecurringCostEntry", summary = "Change a recurring cost entry from a month on",
            description = "Stores the whole next version, in force from its fromMonth: earlier months keep the "
                    + "version they had (e.g. more seats from December). A version with a toMonth ends the entry "
                    + "after it. budgetCategory and workloadCategory default to the current version's. Optimistic "
                    + "concurrency: send the ETag of your last GET as If-Match; a stale one answers 412, none 428.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateRecurringCostEntryRequest.class),
            examples = @ExampleObject(name = "more-seats", summary = "150 seats from December",
                    value = Examples.UPDATE_RECURRING)))
    @APIResponse(responseCode = "200", description = "The new version; the new ETag is in the header",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecurringCostEntryView.class),
                    examples = @ExampleObject(name = "version 2", value = Examples.RECURRING_V2)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a different code (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_RECURRING)))
    @APIResponse(responseCode = "404", description = "No entry has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_RECURRING_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag "
            + "(/problems/stale-recurring-cost-entry)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency (/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency-mismatch", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    @APIResponse(responseCode = "428", description = "If-Match missing (/problems/precondition-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_PRECONDITION_REQUIRED)))
    public RestResponse<RecurringCostEntryView> updateRecurringCostEntry(
            @Parameter(description = "Recurring cost entry code", example = "support-copilot")
            @PathParam("code") String code,
            @Parameter(description = "The ETag of the entry as last read", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateRecurringCostEntryRequest request) {
        RecurringCostEntry next = costEntries.updateRecurringCostEntry(code, ifMatch, request);
        Log.debugf("Changed recurring cost entry %s", next.reference());
        return RestResponse.ResponseBuilder.ok(RecurringCostEntryView.from(next)).header(HttpHeaders.ETAG, next.etag())
                .build();
    }
}
