package org.chargeback.chargeback.invoice;

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

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/v1/credit-notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices")
public class CreditNoteResource {

    /** A credit note: reverses the invoice it names. */
    @Schema(name = "CreditNoteView")
    public record CreditNoteView(@Schema(example = "CN-2026-000001") String number,
                                 @Schema(example = "INV-2026-000001") String invoiceNumber, UUID statementId,
                                 String businessUnit, @Schema(example = "2026-10") String month, LocalDate issueDate,
                                 @Schema(example = "USD") String currency,
                                 @Schema(description = "The invoice total, negated", example = "-1020.00")
                                 BigDecimal total, String reason, Instant createdAt) {
        static CreditNoteView from(CreditNote n) {
            return new CreditNoteView(n.number(), n.invoiceNumber(), n.statementId(), n.businessUnit(),
                    n.month().toString(), n.issueDate(), n.total().currency().getCurrencyCode(), n.total().amount(),
                    n.reason(), n.createdAt());
        }
    }

    private final CreditNoteService creditNotes;

    CreditNoteResource(CreditNoteService creditNotes) {
        this.creditNotes = creditNotes;
    }

    @GET
    @Operation(operationId = "listCreditNotes", summary = "List credit notes, ordered by number")
    @APIResponse(responseCode = "200", description = "Every credit note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CreditNoteView.class),
                    examples = @ExampleObject(name = "credit-notes", value = Examples.CREDIT_NOTE_LIST)))
    public List<CreditNoteView> listCreditNotes() {
        return creditNotes.listCreditNotes().stream().map(CreditNoteView::from).toList();
    }

    @GET
    @Path("/{number}")
    @Operation(operationId = "getCreditNote", summary = "Get a credit note by number")
    @APIResponse(responseCode = "200", description = "The credit note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditNoteView.class),
                    examples = @ExampleObject(name = "credit-note", value = Examples.CREDIT_NOTE)))
    @APIResponse(responseCode = "404", description = "No credit note with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_CREDIT_NOTE_NOT_FOUND)))
    public CreditNoteView getCreditNote(@Parameter(description = "Credit note number", example = "CN-2026-000001")
                                        @PathParam("number") String number) {
        return CreditNoteView.from(creditNotes.findCreditNote(number));
    }
}
