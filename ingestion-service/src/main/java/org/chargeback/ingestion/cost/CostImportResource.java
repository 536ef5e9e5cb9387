package org.chargeback.ingestion.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

import java.io.InputStream;
import java.util.UUID;

@Path("/v1/cost-imports")
@Tag(name = "Cost imports", description = "FOCUS cost files from cloud and AI providers")
@Produces(MediaType.APPLICATION_JSON)
public class CostImportResource {

    private final CostImportService costImports;

    CostImportResource(CostImportService costImports) {
        this.costImports = costImports;
    }

    @POST
    @Consumes({"text/csv", "application/gzip", "application/x-gzip", "application/vnd.apache.parquet", "application/octet-stream"})
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "importCosts", summary = "Import a FOCUS cost file",
            description = "Stores every row of a FOCUS 1.x file with PostgreSQL COPY, or none of them. Formats: CSV "
                    + "(text/csv), gzip-compressed CSV (application/gzip, or a .gz fileName) and Parquet (application/vnd.apache.parquet); "
                    + "without a Content-Type "
                    + "(application/octet-stream) the first bytes decide; anything else is 415. "
                    + "Any error rejects the whole file (422) listing the first 100 errors with row (header = 1), "
                    + "column, value and rule, plus the total count. Unambiguous spec deviations (the text NULL, "
                    + "zone-less date-times read as UTC, enum casing, unknown columns, ...) are normalised and listed "
                    + "in warnings; with strict=true each is an error. A later import of the same (BillingAccountId, "
                    + "BillingPeriodStart) scope supersedes the earlier one as a new revision. The same bytes again "
                    + "return the earlier import with 200 and store nothing. The call answers when the import is done.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "one row", value = Examples.FOCUS_CSV)))
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostImportView.class),
                    examples = @ExampleObject(name = "imported", value = Examples.IMPORT)))
    @APIResponse(responseCode = "200", description = "The same bytes were imported before; that import is returned",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostImportView.class)))
    @APIResponse(responseCode = "415", description = "Not a CSV body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The file was rejected; nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rejected", value = Examples.REJECTED)))
    public Response importCosts(InputStream body,
                                @Context jakarta.ws.rs.core.HttpHeaders headers,
                                @Parameter(description = "Turn every spec deviation into an error", example = "false")
                                @QueryParam("strict") @jakarta.ws.rs.DefaultValue("false") boolean strict,
                                @Parameter(description = "Original file name, kept for the audit trail", example = "openai-2026-10.csv")
                                @QueryParam("fileName") String fileName,
                                @Context UriInfo uri) {
        String mediaType = headers.getMediaType() == null ? null : headers.getMediaType().toString();
        CostImportService.ImportOutcome outcome = costImports.importFile(body, mediaType, fileName, strict);
        if (!outcome.created()) {
            return Response.ok(outcome.costImport()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.costImport().id().toString()).build())
                .entity(outcome.costImport()).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listCostImports", summary = "List cost imports, newest first",
            description = "Imports running on this instance come first (status RUNNING, rowCount = rows read so far), "
                    + "then stored ones with their scopes, revisions, totals and warnings.")
    @APIResponse(responseCode = "200", description = "The imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostImportView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "one import", value = "[" + Examples.IMPORT + "]")))
    @APIResponse(responseCode = "400", description = "Malformed billingPeriod or limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public java.util.List<CostImportView> listCostImports(
            @Parameter(description = "Only imports covering this billing period (YYYY-MM)", example = "2026-10")
            @QueryParam("billingPeriod") String billingPeriod,
            @Parameter(description = "At most this many (1-500, default 50)") @QueryParam("limit") Integer limit) {
        return costImports.list(billingPeriod, limit);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "getCostImport", summary = "One cost import with its totals")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostImportView.class),
                    examples = @ExampleObject(name = "a restated import", value = Examples.IMPORT)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CostImportView getCostImport(@PathParam("id") UUID id) {
        return costImports.find(id);
    }
}
