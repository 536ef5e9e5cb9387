package org.chargeback.chargeback.statement;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.chargeback.statement.dto.StartStatementRunRequest;
import org.chargeback.chargeback.statement.dto.StatementRunView;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.UUID;

@Path("/v1/statement-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Statement runs", description = "Build a month's draft statements from costs, usage and prices")
public class StatementRunResource {

    private final StatementRunService runs;

    StatementRunResource(StatementRunService runs) {
        this.runs = runs;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "runStatements", summary = "Build the month's draft statements",
            description = "Reads the month's costs (grouped by business unit tag and service category) and usage from "
                    + "ingestion-service and a quote per business unit and product from pricing-service, then "
                    + "replaces the month's DRAFT statements with one per business unit. ISSUED statements are "
                    + "kept. Returns every statement of the month and the cost reconciliation.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartStatementRunRequest.class),
            examples = @ExampleObject(name = "october", value = Examples.RUN_REQUEST)))
    @APIResponse(responseCode = "201", description = "Run stored; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementRunView.class),
                    examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "400", description = "The month is missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    @APIResponse(responseCode = "422", description = "Costs or prices are not in the reporting currency; "
            + "nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency-mismatch", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    @APIResponse(responseCode = "502", description = "ingestion-service or pricing-service failed; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "upstream-unavailable",
                            value = Examples.PROBLEM_UPSTREAM_UNAVAILABLE)))
    public RestResponse<StatementRunView> runStatements(@Valid @NotNull StartStatementRunRequest request,
                                                        @Context UriInfo uri) {
        StatementRun run = runs.runStatements(Months.parse("month", request.month()));
        Log.debugf("Statement run %s for %s: %d statements", run.id(), run.month(), run.statements().size());
        return RestResponse.ResponseBuilder
                .<StatementRunView>created(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .entity(StatementRunView.from(run))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "getStatementRun", summary = "Get a statement run",
            description = "The run's reconciliation and unallocated costs, with every statement of its month as "
                    + "it is now.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementRunView.class),
                    examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "404", description = "No run with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_RUN_NOT_FOUND)))
    public StatementRunView getStatementRun(@Parameter(description = "Run id") @PathParam("id") UUID id) {
        Log.debugf("Reading statement run %s", id);
        return StatementRunView.from(runs.findRun(id));
    }
}
