package org.chargeback.chargeback.governance;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.chargeback.governance.dto.DecisionRequest;
import org.chargeback.chargeback.governance.dto.EvaluationRequest;
import org.chargeback.chargeback.governance.dto.EvaluationView;
import org.chargeback.chargeback.governance.dto.GovernanceEventView;
import org.chargeback.chargeback.governance.dto.WebhookDeliveryView;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.problem.ProblemException;
import org.chargeback.support.security.Caller;
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

import java.util.List;
import java.util.UUID;

@Path("/v1/governance")
@Tag(name = "Governance", description = "Budget triggers (80 % alert, 90 % optimization review, 110 % executive "
        + "approval), their events and webhook notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GovernanceResource {

    private final GovernanceService governance;
    private final WebhookOutbox outbox;
    private final Caller caller;

    GovernanceResource(GovernanceService governance, WebhookOutbox outbox, Caller caller) {
        this.governance = governance;
        this.outbox = outbox;
        this.caller = caller;
    }

    @GET
    @Path("/events")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listGovernanceEvents", summary = "List governance events",
            description = "Every crossing raised, oldest first, each naming the budget it fired on, its level, "
                    + "whether the actual or the projection crossed, and its state with who and why.")
    @APIResponse(responseCode = "200", description = "The events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = GovernanceEventView.class),
                    examples = @ExampleObject(name = "events", value = Examples.EVENT_LIST)))
    @APIResponse(responseCode = "400", description = "state not one of RAISED, ACKNOWLEDGED, APPROVED, REJECTED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "state", value = Examples.PROBLEM_INVALID_STATE)))
    public List<GovernanceEventView> listGovernanceEvents(
            @Parameter(description = "Only events in this state", example = "RAISED") @QueryParam("state") String state,
            @Parameter(description = "Only events of this business unit's budgets", example = "support")
            @QueryParam("businessUnit") String businessUnit,
            @Parameter(description = "Only events of this budget") @QueryParam("budgetId") UUID budgetId) {
        List<GovernanceEventView> found = governance.listEvents(state(state), businessUnit, budgetId,
                caller.businessUnitScope());
        Log.debugf("Listed %d governance events", found.size());
        return found;
    }

    private static EventState state(String state) {
        if (state == null) {
            return null;
        }
        try {
            return EventState.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("state", state, "must be RAISED, ACKNOWLEDGED, APPROVED or REJECTED");
        }
    }

    @GET
    @Path("/events/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getGovernanceEvent", summary = "Get a governance event")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GovernanceEventView.class),
                    examples = @ExampleObject(name = "event", value = Examples.EVENT)))
    @APIResponse(responseCode = "404", description = "No event has this id (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_EVENT_NOT_FOUND)))
    public GovernanceEventView getGovernanceEvent(
            @Parameter(description = "Event id", example = Examples.EVENT_ID) @PathParam("id") UUID id) {
        GovernanceEventView event = governance.getEvent(id);
        caller.checkMaySee(event.businessUnit());
        return event;
    }

    @POST
    @Path("/events/{id}/acknowledgement")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "acknowledgeGovernanceEvent", summary = "Acknowledge a raised event",
            description = "RAISED -> ACKNOWLEDGED, with who and why; notifies the webhooks.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "seen", value = Examples.ACKNOWLEDGE)))
    @APIResponse(responseCode = "200", description = "Acknowledged",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GovernanceEventView.class),
                    examples = @ExampleObject(name = "acknowledged", value = Examples.EVENT)))
    @APIResponse(responseCode = "400", description = "by or reason missing (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_DECISION)))
    @APIResponse(responseCode = "404", description = "No event has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_EVENT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not RAISED (/problems/invalid-event-transition, with state)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "transition", value = Examples.PROBLEM_INVALID_TRANSITION)))
    public GovernanceEventView acknowledgeGovernanceEvent(
            @Parameter(description = "Event id", example = Examples.EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull DecisionRequest request) {
        caller.checkMaySee(governance.getEvent(id).businessUnit());
        return governance.acknowledge(id, request.by(), request.reason());
    }

    @POST
    @Path("/events/{id}/approval")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "approveGovernanceEvent", summary = "Approve an acknowledged event",
            description = "ACKNOWLEDGED -> APPROVED, with who and why. An approved EXECUTIVE_APPROVAL event lets "
                    + "the period's statements be issued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = Examples.APPROVE)))
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GovernanceEventView.class),
                    examples = @ExampleObject(name = "event", value = Examples.EVENT)))
    @APIResponse(responseCode = "400", description = "by or reason missing (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_DECISION)))
    @APIResponse(responseCode = "404", description = "No event has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_EVENT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not ACKNOWLEDGED (/problems/invalid-event-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "transition", value = Examples.PROBLEM_INVALID_TRANSITION)))
    public GovernanceEventView approveGovernanceEvent(
            @Parameter(description = "Event id", example = Examples.EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull DecisionRequest request) {
        return governance.approve(id, request.by(), request.reason());
    }

    @POST
    @Path("/events/{id}/rejection")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "rejectGovernanceEvent", summary = "Reject an acknowledged event",
            description = "ACKNOWLEDGED -> REJECTED, with who and why; a rejected EXECUTIVE_APPROVAL keeps the "
                    + "period's statements from being issued.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "reject", value = Examples.APPROVE)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GovernanceEventView.class),
                    examples = @ExampleObject(name = "event", value = Examples.EVENT)))
    @APIResponse(responseCode = "400", description = "by or reason missing (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_DECISION)))
    @APIResponse(responseCode = "404", description = "No event has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_EVENT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not ACKNOWLEDGED (/problems/invalid-event-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "transition", value = Examples.PROBLEM_INVALID_TRANSITION)))
    public GovernanceEventView rejectGovernanceEvent(
            @Parameter(description = "Event id", example = Examples.EVENT_ID) @PathParam("id") UUID id,
            @Valid @NotNull DecisionRequest request) {
        return governance.reject(id, request.by(), request.reason());
    }

    @GET
    @Path("/events/{id}/deliveries")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook notifications of an event",
            description = "One per configured URL and change of the event: attempts, last error, next attempt, "
                    + "delivered.")
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookDeliveryView.class),
                    examples = @ExampleObject(name = "delivered on the second attempt", value = Examples.DELIVERIES)))
    @APIResponse(responseCode = "404", description = "No event has this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_EVENT_NOT_FOUND)))
    public List<WebhookDeliveryView> listWebhookDeliveries(
            @Parameter(description = "Event id", example = Examples.EVENT_ID) @PathParam("id") UUID id) {
        governance.getEvent(id);
        return outbox.listOfEvent(id).stream().map(WebhookDeliveryView::from).toList();
    }

    @POST
    @Path("/evaluations")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "evaluateBudgets", summary = "Evaluate the budgets of a month now",
            description = "What the schedule and every statement run do: each budget whose period contains the "
                    + "month is measured on its actual and its projection; new crossings are raised (once).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "month", value = Examples.EVALUATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "What it raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationView.class),
                    examples = @ExampleObject(name = "raised", value = Examples.EVALUATION)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    public EvaluationView evaluateBudgets(@Valid @NotNull EvaluationRequest request) {
        return governance.evaluate(Months.parse("month", request.month()), "on-demand");
    }
}
