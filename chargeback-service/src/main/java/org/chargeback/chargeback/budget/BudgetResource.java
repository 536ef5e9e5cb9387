package org.chargeback.chargeback.budget;

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
import org.chargeback.chargeback.budget.dto.BudgetView;
import org.chargeback.chargeback.budget.dto.CorridorRequest;
import org.chargeback.chargeback.budget.dto.CorridorStatusView;
import org.chargeback.chargeback.budget.dto.CorridorView;
import org.chargeback.chargeback.budget.dto.CreateBudgetRequest;
import org.chargeback.chargeback.budget.dto.ReallocationRequest;
import org.chargeback.chargeback.budget.dto.ReallocationView;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
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

@Path("/v1/budgets")
@Tag(name = "Budgets", description = "Envelopes per business unit and month or quarter, their portfolio split, "
        + "reallocations and consumption corridors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final BudgetService budgets;
    private final Caller caller;

    BudgetResource(BudgetService budgets, Caller caller) {
        this.budgets = budgets;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "createBudget", summary = "Set a budget envelope",
            description = "An amount for a business unit (optionally one use case and one budget category) for a "
                    + "month or a quarter. The innovation reserve (default 15 %) comes off the top and is never "
                    + "flagged; the rest (the governed amount) is split production / scaling / experimental "
                    + "(default 60/25/15) and is what the governance thresholds (default 80/90/110 %) measure.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateBudgetRequest.class),
            examples = {@ExampleObject(name = "quarter envelope", value = Examples.CREATE_BUDGET),
                    @ExampleObject(name = "use case and category, own split and thresholds",
                            value = Examples.CREATE_CATEGORY_BUDGET)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the budget",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetView.class),
                    examples = @ExampleObject(name = "created", value = Examples.BUDGET)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field): period, an unregistered "
            + "business unit, a foreign use case, a split not adding up to 100, falling thresholds",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "split", value = Examples.PROBLEM_INVALID_BUDGET),
                            @ExampleObject(name = "period", value = Examples.PROBLEM_INVALID_PERIOD)}))
    @APIResponse(responseCode = "409", description = "A budget of this scope and period exists (/problems/budget-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_BUDGET_EXISTS)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency (/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public RestResponse<BudgetView> createBudget(@Valid @NotNull CreateBudgetRequest request, @Context UriInfo uri) {
        Budget created = budgets.createBudget(request);
        Log.debugf("Created budget %s", created.id());
        return RestResponse.ResponseBuilder.<BudgetView>created(
                        uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(BudgetView.from(created, budgets.statusOf(created)))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listBudgets", summary = "List budgets with where they stand",
            description = "Every budget (of a period label and business unit if given), each with its actual spend "
                    + "from the period's standing statements and the straight-line projection to the period's end.")
    @APIResponse(responseCode = "200", description = "The budgets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetView.class),
                    examples = @ExampleObject(name = "budgets", value = Examples.BUDGET_LIST)))
    @APIResponse(responseCode = "400", description = "period not YYYY-MM or YYYY-Qn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "period", value = Examples.PROBLEM_INVALID_PERIOD)))
    public List<BudgetView> listBudgets(
            @Parameter(description = "A period label: 2026-10 or 2026-Q4", example = "2026-Q4")
            @QueryParam("period") String period,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        List<BudgetView> found = budgets.listBudgets(period, businessUnit, caller.businessUnitScope()).stream()
                .map(b -> BudgetView.from(b, budgets.statusOf(b))).toList();
        Log.debugf("Listed %d budgets (period %s, business unit %s)", found.size(), period, businessUnit);
        return found;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getBudget", summary = "Get a budget with where it stands")
    @APIResponse(responseCode = "200", description = "The budget",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BudgetView.class),
                    examples = @ExampleObject(name = "budget", value = Examples.BUDGET)))
    @APIResponse(responseCode = "404", description = "No budget has this id (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_BUDGET_NOT_FOUND)))
    public BudgetView getBudget(@Parameter(description = "Budget id", example = Examples.BUDGET_ID)
                                @PathParam("id") UUID id) {
        Budget budget = budgets.getBudget(id);
        caller.checkMaySee(budget.businessUnit());
        Log.debugf("Reading budget %s", id);
        return BudgetView.from(budget, budgets.statusOf(budget));
    }

    @POST
    @Path("/reallocations")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "reallocateBudget", summary = "Move money between two envelopes of one period",
            description = "Mid-period, with a reason: the from-envelope goes down and the to-envelope up by the "
                    + "amount, so their total is unchanged; the move is kept in the history. Who may do it: the "
                    + "finance owner of both business units (not enforced until roles exist; requestedBy is recorded).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReallocationRequest.class),
            examples = @ExampleObject(name = "move", value = Examples.REALLOCATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReallocationView.class),
                    examples = @ExampleObject(name = "moved", value = Examples.REALLOCATION)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), also the same budget twice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_BUDGET)))
    @APIResponse(responseCode = "404", description = "fromBudgetId or toBudgetId is not a budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_BUDGET_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Different periods, or more than the from-envelope holds "
            + "(/problems/reallocation-not-allowed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too much", value = Examples.PROBLEM_REALLOCATION_NOT_ALLOWED)))
    public RestResponse<ReallocationView> reallocateBudget(@Valid @NotNull ReallocationRequest request) {
        Reallocation moved = budgets.reallocate(request);
        Log.debugf("Reallocation %s stored", moved.id());
        return RestResponse.status(RestResponse.Status.CREATED, ReallocationView.from(moved));
    }

    @GET
    @Path("/reallocations")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listReallocations", summary = "The reallocation history",
            description = "Of one budget (either side) or of a period's budgets, or all; oldest first.")
    @APIResponse(responseCode = "200", description = "The reallocations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ReallocationView.class),
                    examples = @ExampleObject(name = "history", value = Examples.REALLOCATION_LIST)))
    @APIResponse(responseCode = "400", description = "period not YYYY-MM or YYYY-Qn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "period", value = Examples.PROBLEM_INVALID_PERIOD)))
    public List<ReallocationView> listReallocations(
            @Parameter(description = "Only moves from or to this budget", example = Examples.BUDGET_ID)
            @QueryParam("budgetId") UUID budgetId,
            @Parameter(description = "Only moves of this period", example = "2026-Q4")
            @QueryParam("period") String period) {
        return budgets.listReallocations(budgetId, period, caller.businessUnitScope()).stream()
                .map(ReallocationView::from).toList();
    }

    @POST
    @Path("/corridors")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "createCorridor", summary = "Set a consumption corridor",
            description = "The business unit's monthly AI spend should stay between floorPercent and ceilingPercent "
                    + "of a business metric it reports (POST /v1/business-metrics).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorridorRequest.class),
            examples = @ExampleObject(name = "2-4 % of revenue", value = Examples.CORRIDOR_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CorridorView.class),
                    examples = @ExampleObject(name = "created", value = Examples.CORRIDOR)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), also a ceiling below the floor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_BUDGET)))
    @APIResponse(responseCode = "409", description = "The business unit has a corridor on this metric "
            + "(/problems/corridor-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_CORRIDOR_EXISTS)))
    public RestResponse<CorridorView> createCorridor(@Valid @NotNull CorridorRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, CorridorView.from(budgets.createCorridor(request)));
    }

    @GET
    @Path("/corridors")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listCorridors", summary = "Corridors in a month: spend against floor and ceiling",
            description = "Spend = the SHOWBACK lines of the business unit's standing statement of the month.")
    @APIResponse(responseCode = "200", description = "Each corridor's status: BELOW_FLOOR, WITHIN, ABOVE_CEILING, "
            + "NO_METRIC",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CorridorStatusView.class),
                    examples = @ExampleObject(name = "above", value = Examples.CORRIDOR_STATUS_LIST)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<CorridorStatusView> listCorridors(
            @Parameter(description = "The month, YYYY-MM (required)", example = "2026-10", required = true)
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        return budgets.corridorsIn(Months.parse("month", month), businessUnit, caller.businessUnitScope());
    }
}
