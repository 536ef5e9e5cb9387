package org.chargeback.ingestion.usage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1")
@Tag(name = "Usage", description = "Outcome usage events per business unit, use case and product")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageEventService usageEvents;
    private final UsageSummaryService summaries;

    UsageResource(UsageEventService usageEvents, UsageSummaryService summaries) {
        this.usageEvents = usageEvents;
        this.summaries = summaries;
    }

    @POST
    @Path("usage-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordUsageEvents", summary = "Record outcome usage events",
            description = "A JSON array of events. All or nothing: if any event is invalid (400) or reuses a stored "
                    + "eventId with different content (409), nothing of the request is stored. An event already stored "
                    + "with the same content is a duplicate and is not counted again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UsageEventRequest.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
            examples = @ExampleObject(name = "two events", value = Examples.EVENTS)))
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UsageIngestResult.class),
                    examples = @ExampleObject(name = "stored", value = Examples.RESULT)))
    @APIResponse(responseCode = "400", description = "An event is invalid; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.INVALID)))
    @APIResponse(responseCode = "409", description = "An eventId is stored with different content; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    public UsageIngestResult recordUsageEvents(@NotNull List<@NotNull @Valid UsageEventRequest> events) {
        return usageEvents.record(events);
    }

    @GET
    @Path("usage/summary")
    @Operation(operationId = "summarizeUsage", summary = "Sum the usage of a month")
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
        return summaries.summarize(month, groupBy);
    }
}
