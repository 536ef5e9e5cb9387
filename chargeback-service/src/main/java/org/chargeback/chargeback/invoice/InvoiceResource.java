package org.chargeback.chargeback.invoice;

import io.quarkus.logging.Log;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Invoices created by issuing statements (read only)")
public class InvoiceResource {

    private final InvoiceService invoices;

    InvoiceResource(InvoiceService invoices) {
        this.invoices = invoices;
    }

    @GET
    @Operation(operationId = "listInvoices", summary = "List invoices, ordered by number")
    @APIResponse(responseCode = "200", description = "Every invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = InvoiceView.class),
                    examples = @ExampleObject(name = "invoices", value = Examples.INVOICE_LIST)))
    public List<InvoiceView> listInvoices() {
        List<InvoiceView> found = invoices.listInvoices().stream().map(InvoiceView::from).toList();
        Log.debugf("Listed %d invoices", found.size());
        return found;
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getInvoice", summary = "Get an invoice by number")
    @APIResponse(responseCode = "200", description = "The invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.class),
                    examples = @ExampleObject(name = "invoice", value = Examples.INVOICE)))
    @APIResponse(responseCode = "404", description = "No invoice with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public InvoiceView getInvoice(
            @Parameter(description = "Invoice number", example = "INV-2026-000001") @PathParam("number") String number) {
        Log.debugf("Reading invoice %s", number);
        return InvoiceView.from(invoices.findInvoice(number));
    }
}
