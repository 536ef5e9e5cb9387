package org.chargeback.ingestion.usage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chargeback.support.problem.ProblemException;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.List;

@Path("/v1")
@Tag(name = "Usage", description = "Outcome usage events per business unit, use case and product")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageEventService usageEvents;
    private final UsageSummaryService summaries;
    private final UsageRetractionService retractions;
    private final UsageCalendarService calendar;
    private final UsageLineageService lineage;
    private final Caller caller;

    UsageResource(UsageEventService usageEvents, UsageSummaryService summaries, UsageRetractionService retractions,
                  UsageCalendarService calendar, UsageLineageService lineage, Caller caller) {
        this.usageEvents = usageEvents;
        this.summaries = summaries;
        this.retractions = retractions;
        this.calendar = calendar;
        this.lineage = lineage;
        this.caller = caller;
    }

    @POST
    @Path("usage-events")
    @Consumes({MediaType.APPLICATION_JSON, UsageFormat.NDJSON_TYPE, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "recordUsageEvents", summary = "Record outcome usage events",
            description = "The body is streamed (a million events in one request are fine): a JSON array of events or "
                    + "a single event object (application/json), one event object per line (application/x-ndjson), or "
                    + "CSV (text/csv) with a header naming the columns eventId, businessUnit, useCase, product, quantity, "
                    + "occurredAt and optionally attributes (a JSON object as text). "
                    + "**All or nothing by default**: if any event is invalid the answer is a 400 listing every problem "
                    + "with its position ([index].field for JSON and NDJSON, plus row = line for NDJSON; row (header = 1) "
                    + "and column for CSV) and nothing of the request is stored. With **partial=accept** the valid events "
                    + "are stored and the invalid ones are counted as rejected and listed in the answer. "
                    + "Exactly once: an event already stored with the same content is a duplicate and is not counted "
                    + "again; an eventId stored with different content is a 409 naming it, and nothing is stored. "
                    + "Events of a month whose statements were issued are accepted and marked late (GET /v1/usage/late); "
                    + "events naming a product pricing-service does not know are accepted and listed as unmatched by "
                    + "the summary.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UsageEventRequest.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "two events", value = Examples.EVENTS)),
            @Content(mediaType = UsageFormat.NDJSON_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "two events", value = Examples.EVENTS_NDJSON)),
            @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "two events", value = Examples.EVENTS_CSV))})
    @APIResponse(responseCode = "200", description = "Stored (with partial=accept, the valid events; the others are listed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageIngestResult.class),
                    examples = {@ExampleObject(name = "stored", value = Examples.RESULT),
                            @ExampleObject(name = "partly stored", value = Examples.PARTIAL_RESULT)}))
    @APIResponse(responseCode = "400", description = "An event is invalid or the body is malformed; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(responseCode = "409", description = "An eventId is stored with different content; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    @APIResponse(responseCode = "415", description = "Another media type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UsageIngestResult recordUsageEvents(InputStream body,
            @Parameter(description = "accept: store the valid events and report the invalid ones; default all or nothing",
                    example = "accept", schema = @Schema(enumeration = {"accept"})) @QueryParam("partial") String partial,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        boolean acceptPartial = partial != null && !partial.isBlank();
        if (acceptPartial && !partial.equals("accept")) {
            throw ProblemException.invalidField("partial", partial, "must be accept (or absent for all or nothing)");
        }
        return usageEvents.record(body, UsageFormat.of(contentType), acceptPartial);
    }

    @GET
    @Path("usage-events")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER, Roles.SERVICE})
    @Operation(operationId = "listUsageEvents", summary = "List the stored usage events of a month (lineage)",
            description = "The events behind a summary group or a statement line: those whose occurredAt falls in the "
                    + "month (UTC), optionally of one business unit, use case and/or product, oldest occurredAt first "
                    + "(then eventId). Retracted events are listed too (retracted, retractedAt, retractionReason), "
                    + "as are late ones (late). Paged by cursor: send the answer's nextCursor as after= for the next "
                    + "page; it is null on the last page. A listing resumed this way never repeats or skips an event.")
    @APIResponse(responseCode = "200", description = "One page of events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageEventPage.class),
                    examples = @ExampleObject(name = "first page", value = Examples.EVENT_PAGE)))
    @APIResponse(responseCode = "400", description = "Missing or malformed month, a limit out of range, or a cursor "
            + "that is not one of this listing or of another month; the problem names the parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = Examples.INVALID_LIMIT)))
    public UsageEventPage listUsageEvents(
            @Parameter(description = "Month as YYYY-MM (events whose occurredAt falls in it, UTC)", required = true,
                    example = "2026-10") @QueryParam("month") String month,
            @Parameter(description = "Only this business unit", example = "customer-support")
            @QueryParam("businessUnit") String businessUnit,
            @Parameter(description = "Only this use case", example = "support-bot") @QueryParam("useCase") String useCase,
            @Parameter(description = "Only this product", example = "support-resolution") @QueryParam("product") String product,
            @Parameter(description = "The nextCursor of the previous page (opaque); absent for the first page")
            @QueryParam("after") String after,
            @Parameter(description = "Most events per page, 1 to 1000 (default 100)", example = "100",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER,
                            minimum = "1", maximum = "1000", defaultValue = "100"))
            @QueryParam("limit") String limit) {
        // A bu-owner lists only their business units' events (another's filter lists nothing).
        return lineage.listEvents(month, businessUnit, useCase, product, after, limit, caller.businessUnitScope());
    }

    @POST
    @Path("usage-events/{eventId}/retractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "retractUsageEvent", summary = "Retract a usage event",
            description = "The event is kept (nothing is ever deleted) but no longer counted by summaries. Retracting "
                    + "an event again answers the first retraction with 200.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RetractUsageEventRequest.class),
            examples = @ExampleObject(name = "test traffic", value = Examples.RETRACT)))
    @APIResponse(responseCode = "201", description = "Retracted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageRetractionView.class),
                    examples = @ExampleObject(name = "retracted", value = Examples.RETRACTION)))
    @APIResponse(responseCode = "200", description = "Already retracted; the first retraction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageRetractionView.class)))
    @APIResponse(responseCode = "400", description = "No reason given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No event with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retractUsageEvent(@Parameter(description = "The producer's event id", example = "sb-2026-10-01-000001")
                                      @PathParam("eventId") String eventId,
                                      RetractUsageEventRequest request) {
        UsageRetractionService.Outcome outcome = retractions.retract(eventId, request == null ? null : request.reason());
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.retraction()).build();
    }

    @PUT
    @Path("usage/closed-months/{month}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.SERVICE})
    @Operation(operationId = "closeUsageMonth", summary = "Close a month: its statements were issued",
            description = "Called by chargeback-service when it issues a statement of the month. Events of a closed "
                    + "month that arrive later are accepted and marked late. Idempotent.")
    @APIResponse(responseCode = "201", description = "Closed now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosedMonthView.class),
                    examples = @ExampleObject(name = "closed", value = Examples.CLOSED_MONTH)))
    @APIResponse(responseCode = "200", description = "Was already closed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClosedMonthView.class)))
    @APIResponse(responseCode = "400", description = "Not a month as YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response closeUsageMonth(@Parameter(description = "YYYY-MM", example = "2026-10") @PathParam("month") String month) {
        UsageCalendarService.Outcome outcome = calendar.closeMonth(month);
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.closedMonth()).build();
    }

    @GET
    @Path("usage/closed-months")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listClosedUsageMonths", summary = "Months whose statements were issued")
    @APIResponse(responseCode = "200", description = "Closed months, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClosedMonthView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one month", value = "[" + Examples.CLOSED_MONTH + "]")))
    public List<ClosedMonthView> listClosedUsageMonths() {
        return calendar.listClosedMonths();
    }

    @GET
    @Path("usage/late")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listLateUsage", summary = "Events that arrived after their month was closed",
            description = "Late, not retracted events of a month (occurredAt in it), oldest arrival first, with totals: "
                    + "chargeback carries them as adjustments in a later statement.")
    @APIResponse(responseCode = "200", description = "The late events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LateUsageView.class),
                    examples = @ExampleObject(name = "one late event", value = Examples.LATE)))
    @APIResponse(responseCode = "400", description = "Missing or malformed month, or a limit out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LateUsageView listLateUsage(
            @Parameter(description = "Month as YYYY-MM", required = true, example = "2026-10") @QueryParam("month") String month,
            @Parameter(description = "Most events listed, 1 to 10000 (default 1000); totals count all", example = "1000")
            @QueryParam("limit") Integer limit) {
        return calendar.listLate(month, limit);
    }

    @GET
    @Path("usage/summary")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER, Roles.SERVICE})
    @Operation(operationId = "summarizeUsage", summary = "Sum the usage of a month",
            description = "Sums of quantity and event counts, retracted events excluded, late events included. "
                    + "tokensIn and tokensOut sum the token counts producers put into the events' attributes (JSON "
                    + "numbers >= 0; other values are ignored, the event is still counted); tokenEventCount and "
                    + "tokenQuantity are the count and quantity of the events carrying at least one of them, so "
                    + "tokens per outcome = tokensIn / tokenQuantity. "
                    + "unmatched lists usage of products pricing-service does not know (yet); business units are not "
                    + "checked until a business unit registry exists.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageSummaryView.class),
                    examples = @ExampleObject(name = "by business unit and product", value = Examples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "Missing or malformed month, or an unknown groupBy dimension",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UsageSummaryView summarizeUsage(
            @Parameter(description = "Month as YYYY-MM (events whose occurredAt falls in it, UTC)", required = true,
                    example = "2026-10") @QueryParam("month") String month,
            @Parameter(description = "Comma-separated: businessUnit, useCase, product, day (default businessUnit,product)",
                    example = "businessUnit,product") @QueryParam("groupBy") String groupBy) {
        // A bu-owner's summary sums only their business units' usage.
        return summaries.summarize(month, groupBy, caller.businessUnitScope());
    }
}
