package org.chargeback.chargeback.statement;

import io.quarkus.logging.Log;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.chargeback.statement.dto.StatementSummary;
import org.chargeback.chargeback.statement.dto.StatementView;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Per business unit and month: showback and chargeback; issuing invoices them")
public class StatementResource {

    private final StatementService statements;

    StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Operation(operationId = "listStatements", summary = "List statements",
            description = "Statements without their lines, by month then business unit.")
    @APIResponse(responseCode = "200", description = "The matching statements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = StatementSummary.class),
                    examples = @ExampleObject(name = "statements", value = Examples.STATEMENT_LIST)))
    @APIResponse(responseCode = "400", description = "The month is not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<StatementSummary> listStatements(
            @Parameter(description = "Only this month, YYYY-MM", example = "2026-10")
            @QueryParam("month") @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        List<StatementSummary> found = statements.listStatements(month == null ? null : Months.parse("month", month),
                businessUnit).stream().map(StatementSummary::from).toList();
        Log.debugf("Listed %d statements (month %s, business unit %s)", found.size(), month, businessUnit);
        return found;
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStatement", summary = "Get a statement with its lines")
    @APIResponse(responseCode = "200", description = "The statement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "draft", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "404", description = "No statement with this id (a re-run replaces drafts)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_STATEMENT_NOT_FOUND)))
    public StatementView getStatement(@Parameter(description = "Statement id") @PathParam("id") UUID id) {
        Log.debugf("Reading statement %s", id);
        return StatementView.from(statements.findStatement(id));
    }

    @POST
    @Path("/{id}/issue")
    @Operation(operationId = "issueStatement", summary = "Issue a statement and create its invoice",
            description = "Sets the statement ISSUED (final: later runs keep it) and creates its invoice in the same "
                    + "transaction: number INV-<year>-<6 digits>, gap-free per year; lines = the chargeback lines "
                    + "(unrated ones listed without an amount); total = the chargeback total. pricing-service is told "
                    + "first to freeze the month's prices (PUT /v1/frozen-periods/{month}) and ingestion-service that "
                    + "the month is closed (PUT /v1/usage/closed-months/{month}), so usage events of the month "
                    + "arriving later are marked late; if either cannot be reached, nothing is issued (502).")
    @APIResponse(responseCode = "200", description = "The issued statement, with its invoice number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "issued", value = Examples.ISSUED_STATEMENT)))
    @APIResponse(responseCode = "404", description = "No statement with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_STATEMENT_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The statement was already issued; the problem names the invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already-issued", value = Examples.PROBLEM_ALREADY_ISSUED)))
    @APIResponse(responseCode = "502", description = "pricing-service could not freeze the month's prices or "
            + "ingestion-service could not be told the month is closed (service names which); nothing was issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView issueStatement(@Parameter(description = "Statement id") @PathParam("id") UUID id) {
        Statement issued = statements.issueStatement(id);
        Log.debugf("Issued statement %s as %s", id, issued.invoiceNumber());
        return StatementView.from(issued);
    }
}
