package org.chargeback.chargeback.statement;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import org.chargeback.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.chargeback.chargeback.statement.dto.LineSourcesView;
import org.chargeback.chargeback.statement.dto.ReasonRequest;
import org.chargeback.chargeback.statement.dto.StatementDiffView;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.time.YearMonth;
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
import org.chargeback.chargeback.shared.Negotiation;
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
    private final Caller caller;

    StatementResource(StatementService statements, Caller caller) {
        this.statements = statements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listStatements", summary = "List statements",
            description = "Statements without their lines, by month, business unit and version: the one standing for "
                    + "each month and business unit (the draft, else the latest issued version), or every version.")
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
            @QueryParam("businessUnit") String businessUnit,
            @Parameter(description = "true: every version, also voided and superseded ones; default: the statement "
                    + "standing for each month and business unit") @QueryParam("allVersions") boolean allVersions) {
        YearMonth parsed = month == null ? null : Months.parse("month", month);
        // A bu-owner sees only their business units' statements: another business unit lists nothing (never 403).
        List<StatementSummary> found = (allVersions ? statements.listAllVersions(parsed, businessUnit)
                : statements.listStatements(parsed, businessUnit)).stream()
                .filter(s -> caller.maySee(s.businessUnit()))
                .map(StatementSummary::from).toList();
        Log.debugf("Listed %d statements (month %s, business unit %s)", found.size(), month, businessUnit);
        return found;
    }

    @GET
    @Path("/{id}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getStatement", summary = "Get a statement with its lines (JSON or CSV)",
            description = "JSON (default): the statement, its lines, showback by budget category, workload category, "
                    + "use case and top services, platform recovery per product, unit economics per use case and the "
                    + "variance against the previous month. `Accept: text/csv`: the same statement as CSV (a header "
                    + "row with identity and totals, a blank line, then one row per line). `?format=csv` does the "
                    + "same for a plain link, which cannot set Accept (the statement page's download link).")
    @APIResponse(responseCode = "200", description = "The statement",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class),
                    examples = @ExampleObject(name = "draft", value = Examples.STATEMENT)),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.STATEMENT_CSV))})
    @APIResponse(responseCode = "400", description = "format is neither csv nor json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No statement with this id (a re-run replaces drafts)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_STATEMENT_NOT_FOUND)))
    public Response getStatement(@Parameter(description = "Statement id") @PathParam("id") UUID id,
                                 @Parameter(description = "csv: answer CSV whatever Accept says (for download "
                                         + "links); json: answer JSON. Default: by Accept", example = "csv")
                                 @QueryParam("format") @Pattern(regexp = "csv|json", message = "must be csv or json")
                                 String format,
                                 @Context HttpHeaders headers) {
        Log.debugf("Reading statement %s", id);
        Statement statement = statements.findStatement(id);
        caller.checkMaySee(statement.businessUnit());
        boolean csv = format != null ? "csv".equals(format) : Negotiation.prefersCsv(headers);
        if (csv) {
            return Response.ok(StatementCsv.of(statement), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"statement-" + statement.businessUnit()
                            + "-" + statement.month() + "-v" + statement.version() + ".csv\"").build();
        }
        return Response.ok(StatementView.from(statements.describe(statement)), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}/lines/{lineNumber}/sources")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getStatementLineSources", summary = "Drill down from a line to its raw data",
            description = "Cost lines: the cost groups behind the line (every FOCUS dimension the run grouped by, "
                    + "the share this line received, the row count), the allocation rule version and the cost scope "
                    + "revisions. Chargeback and unrated lines: the price version and the first 100 usage events "
                    + "(read from ingestion-service, with the cursor to page on). `drillDown` lists the "
                    + "ingestion-service queries that return the FOCUS rows and events behind it.")
    @APIResponse(responseCode = "200", description = "The line's sources",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LineSourcesView.class),
                    examples = @ExampleObject(name = "showback-line", value = Examples.LINE_SOURCES)))
    @APIResponse(responseCode = "404", description = "No such statement or line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_STATEMENT_NOT_FOUND)))
    @APIResponse(responseCode = "502", description = "ingestion-service could not list the usage events",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public LineSourcesView getLineSources(@Parameter(description = "Statement id") @PathParam("id") UUID id,
                                          @Parameter(description = "Line number", example = "1")
                                          @PathParam("lineNumber") int lineNumber) {
        caller.checkMaySee(statements.findStatement(id).businessUnit());
        return statements.sourcesOf(id, lineNumber);
    }

    @GET
    @Path("/{id}/diff")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getStatementDiff", summary = "Compare a restated statement with the version it restates",
            description = "Line by line (matched by description): ADDED, REMOVED and CHANGED lines with amounts before "
                    + "and after. Showback of an issued statement is restated as a new version; its chargeback "
                    + "changes only through adjustment lines on a later statement.")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementDiffView.class),
                    examples = @ExampleObject(name = "restated", value = Examples.DIFF)))
    @APIResponse(responseCode = "404", description = "No statement with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A first version: nothing to compare with",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementDiffView getDiff(@Parameter(description = "Statement id") @PathParam("id") UUID id) {
        caller.checkMaySee(statements.findStatement(id).businessUnit());
        return statements.diff(id);
    }

    @POST
    @Path("/{id}/lines/{lineNumber}/waiver")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "waiveUnratedLine", summary = "Accept an unrated line without a price",
            description = "Unpriced usage blocks issuing: either add the price in pricing-service and re-run the "
                    + "month, or waive the line with who and why. The waiver stays on the line (and in the content "
                    + "hash); the line keeps no amount.")
    @APIResponse(responseCode = "200", description = "The draft with the waived line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "reason or by missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such statement or line",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The statement is not a draft, or the line is not UNRATED",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView waive(@Parameter(description = "Statement id") @PathParam("id") UUID id,
                               @Parameter(description = "Line number", example = "3")
                               @PathParam("lineNumber") int lineNumber,
                               @RequestBody(required = true, content = @Content(
                                       examples = @ExampleObject(name = "waiver", value = Examples.WAIVER)))
                               @Valid @NotNull ReasonRequest request) {
        return StatementView.from(statements.describe(
                statements.waiveUnratedLine(id, lineNumber, request.reason(), request.by())));
    }

    @POST
    @Path("/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "voidStatement", summary = "Void an issued statement (creates a credit note)",
            description = "Status VOIDED with who and why, and a credit note (CN-<year>-<6 digits>, its own gap-free "
                    + "series) reversing the invoice, in one transaction. The month's next run builds a new draft "
                    + "(the next version) for the business unit.")
    @APIResponse(responseCode = "200", description = "The voided statement with its credit note number",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "400", description = "reason or by missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No statement with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A draft, voided already, or superseded by a restated version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementView voidStatement(@Parameter(description = "Statement id") @PathParam("id") UUID id,
                                       @RequestBody(required = true, content = @Content(
                                               examples = @ExampleObject(name = "void", value = Examples.VOID)))
                                       @Valid @NotNull ReasonRequest request) {
        return StatementView.from(statements.describe(statements.voidStatement(id, request.reason(), request.by())));
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
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

    @APIResponse(responseCode = "502", description = "pricing-service could not freeze the month's prices or "
            + "ingestion-service could not be told the month is closed (service names which); nothing was issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already issued (/problems/statement-already-issued names the "
            + "invoice), unrated usage without a waiver (/problems/unrated-usage names the lines), or the period is "
            + "over 110 % of a budget without a recorded approval (/problems/approval-required names the event)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "already-issued", value = Examples.PROBLEM_ALREADY_ISSUED),
                            @ExampleObject(name = "unrated", value = Examples.PROBLEM_UNRATED),
                            @ExampleObject(name = "approval-required", value = Examples.PROBLEM_APPROVAL_REQUIRED)}))
    public StatementView issueStatement(@Parameter(description = "Statement id") @PathParam("id") UUID id) {
        Statement issued = statements.issueStatement(id);
        Log.debugf("Issued statement %s as %s", id, issued.invoiceNumber());
        return StatementView.from(statements.describe(issued));
    }
}
