package org.chargeback.chargeback.invoice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
import org.chargeback.support.security.Roles;
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
                                 @Schema(description = "The invoice this credit note reverses", example = "INV-2026-000001")
                                 String invoiceNumber, UUID statementId,
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
    private final Caller caller;

    CreditNoteResource(CreditNoteService creditNotes, Caller caller) {
        this.creditNotes = creditNotes;
        this.caller = caller;
    }

    /** A page of the credit note feed. */
    @Schema(name = "CreditNotePageView", description = "A page of GET /v1/credit-notes")
    public record PageView(@Schema(required = true) List<CreditNoteView> items,
                           @Schema(description = "Opaque. Send it as after= for the next page; store it to resume. "
                                   + "Never null: on an empty page it is the cursor you sent",
                                   example = "Y3JlZGl0LW5vdGU6Nw", required = true)
                           String nextCursor,
                           @Schema(description = "More credit notes were already there: ask again at once",
                                   example = "false", required = true)
                           boolean hasMore) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listCreditNotes", summary = "Pull credit notes page by page (a feed to resume from)",
            description = "Credit notes in feed order (the order they were committed), oldest first, with the same "
                    + "cursor rules as GET /v1/invoices: send nextCursor as after until hasMore is false; a stored "
                    + "cursor resumes exactly where the reader stopped. Each credit note names the invoice it "
                    + "reverses (invoiceNumber); the invoice lists it in creditNotes.")
    @APIResponse(responseCode = "200", description = "A page of credit notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageView.class),
                    examples = @ExampleObject(name = "page", value = Examples.CREDIT_NOTE_PAGE)))
    @APIResponse(responseCode = "400", description = "A malformed cursor or a limit out of range "
            + "(errors[0].field names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad cursor", value = Examples.PROBLEM_INVALID_CURSOR)))
    public PageView listCreditNotes(
            @Parameter(description = "The nextCursor of the previous page; none = from the first credit note",
                    example = "Y3JlZGl0LW5vdGU6Nw") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "100", minimum = "1", maximum = "1000"), example = "100")
            @QueryParam("limit") String limit) {
        // A bu-owner pulls the feed of their business units' credit notes only.
        FeedPage<CreditNote> page = creditNotes.listCreditNotes(after, limit, caller.businessUnitScope());
        return new PageView(page.items().stream().map(CreditNoteView::from).toList(), page.nextCursor(),
                page.hasMore());
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getCreditNote", summary = "Get a credit note by number")
    @APIResponse(responseCode = "200", description = "The credit note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreditNoteView.class),
                    examples = @ExampleObject(name = "credit-note", value = Examples.CREDIT_NOTE)))
    @APIResponse(responseCode = "404", description = "No credit note with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public CreditNoteView getCreditNote(@Parameter(description = "Credit note number", example = "CN-2026-000001")
                                        @PathParam("number") String number) {
        CreditNote note = creditNotes.findCreditNote(number);
        caller.checkMaySee(note.businessUnit());
        return CreditNoteView.from(note);
    }
}
