package org.chargeback.chargeback.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.chargeback.statement.dto.StatementRunView;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements")
public class ReconciliationResource {

    private final StatementRunService runs;

    ReconciliationResource(StatementRunService runs) {
        this.runs = runs;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "reconcileMonth", summary = "Prove that every provider dollar of a month landed somewhere",
            description = "Reads the month's provider totals from ingestion-service now and compares them with the "
                    + "month's standing statements: BilledCost = provider showback of every business unit + "
                    + "unallocated, to the cent, and the same for EffectiveCost. `balanced` is true when both agree; "
                    + "a difference (e.g. costs restated after the last run) is shown with its amount.")
    @APIResponse(responseCode = "200", description = "The reconciliation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementRunView.ReconciliationView.class),
                    examples = @ExampleObject(name = "balanced", value = Examples.RECONCILIATION)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    @APIResponse(responseCode = "422", description = "Costs in another currency than the reporting currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "ingestion-service could not be read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementRunView.ReconciliationView reconcile(
            @Parameter(description = "Month, YYYY-MM", required = true, example = "2026-10")
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month) {
        return StatementRunView.ReconciliationView.from(runs.reconcileMonth(Months.parse("month", month)));
    }
}
