package org.chargeback.ingestion.cost;

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
    @Consumes("text/csv")
    @Operation(operationId = "importCosts", summary = "Import a FOCUS cost file",
            description = "Stores every row of a FOCUS 1.x CSV file with PostgreSQL COPY, or none of them. "
                    + "Any error rejects the whole file (422) listing the first 100 errors with row (header = 1), "
                    + "column, value and rule, plus the total count. Sending the same bytes again is harmless: "
                    + "the earlier import is returned with 200 and nothing is stored.")
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
                                @Parameter(description = "Original file name, kept for the audit trail", example = "openai-2026-10.csv")
                                @QueryParam("fileName") String fileName,
                                @Context UriInfo uri) {
        CostImportService.ImportOutcome outcome = costImports.importCsv(body, fileName);
        if (!outcome.created()) {
            return Response.ok(outcome.costImport()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(outcome.costImport().id().toString()).build())
                .entity(outcome.costImport()).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getCostImport", summary = "One cost import with its totals")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CostImportView getCostImport(@PathParam("id") UUID id) {
        return costImports.find(id);
    }
}
