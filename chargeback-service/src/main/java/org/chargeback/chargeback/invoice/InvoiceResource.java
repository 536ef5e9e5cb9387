package org.chargeback.chargeback.invoice;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import org.chargeback.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.chargeback.chargeback.shared.Negotiation;
import org.chargeback.support.problem.Problem;
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

@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Invoices created by issuing statements, the feed finance systems pull, and "
        + "finance's acknowledgements")
public class InvoiceResource {

    private static final String CSV = "text/csv";

    private final InvoiceService invoices;
    private final Caller caller;

    InvoiceResource(InvoiceService invoices, Caller caller) {
        this.invoices = invoices;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listInvoices", summary = "Pull invoices page by page (a feed to resume from)",
            description = "Invoices in feed order (the order they were committed), oldest first. Start without "
                    + "`after`, then send each answer's `nextCursor` as `after` until `hasMore` is false. Store the "
                    + "cursor after booking a page: resuming from it after a crash, or polling with it later, returns "
                    + "exactly the invoices not seen yet, also while new ones are being issued (no invoice can appear "
                    + "behind a cursor already handed out). `acknowledged=false` keeps the invoices finance has not "
                    + "booked yet.")
    @APIResponse(responseCode = "200", description = "A page of invoices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.PageView.class),
                    examples = @ExampleObject(name = "page", value = Examples.INVOICE_PAGE)))
    @APIResponse(responseCode = "400", description = "A malformed cursor, a limit out of range or an acknowledged "
            + "other than true/false (errors[0].field names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad cursor", value = Examples.PROBLEM_INVALID_CURSOR),
                            @ExampleObject(name = "bad limit", value = Examples.PROBLEM_INVALID_LIMIT)}))
    public InvoiceView.PageView listInvoices(
            @Parameter(description = "The nextCursor of the previous page; none = from the first invoice",
                    example = "aW52b2ljZTo0Mg") @QueryParam("after") String after,
            @Parameter(description = "Page size, 1 to 1000", schema = @Schema(type = SchemaType.INTEGER,
                    defaultValue = "100", minimum = "1", maximum = "1000"), example = "100")
            @QueryParam("limit") String limit,
            @Parameter(description = "true: only invoices finance acknowledged; false: only those still to book",
                    schema = @Schema(type = SchemaType.BOOLEAN), example = "false")
            @QueryParam("acknowledged") String acknowledged) {
        // A bu-owner pages through the same feed, full pages of their business units' invoices (filtered in SQL).
        FeedPage<Invoice> page = invoices.listInvoices(after, limit, acknowledged, caller.businessUnitScope());
        Log.debugf("Listed %d invoices after %s (acknowledged %s), more: %s", page.items().size(), after,
                acknowledged, page.hasMore());
        return InvoiceView.PageView.from(page);
    }

    @GET
    @Path("/{number}")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getInvoice", summary = "Get an invoice by number (JSON or CSV)",
            description = "JSON by default; `Accept: text/csv` answers one CSV row per line with the invoice's "
                    + "identity, dates, business unit and cost center on every row. The `ETag` changes only when "
                    + "the answer does (acknowledged, credited); send it as `If-None-Match` to get 304.")
    @APIResponse(responseCode = "200", description = "The invoice",
            headers = @Header(name = "ETag", description = "Strong validator of this representation",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.class),
                    examples = @ExampleObject(name = "invoice", value = Examples.INVOICE)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = Examples.INVOICE_CSV))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match names the current ETag")
    @APIResponse(responseCode = "404", description = "No invoice with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public Response getInvoice(
            @Parameter(description = "Invoice number", example = "INV-2026-000001") @PathParam("number") String number,
            @Context HttpHeaders headers) {
        Log.debugf("Reading invoice %s", number);
        Invoice invoice = invoices.findInvoice(number);
        caller.checkMaySee(invoice.businessUnit());
        boolean csv = Negotiation.prefersCsv(headers);
        // One hash of the content, a different tag per representation (a strong ETag names exact bytes).
        EntityTag etag = new EntityTag(invoice.contentHash().substring(0, 32) + (csv ? "-csv" : "-json"));
        if (matchesAny(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Response.notModified(etag).build();
        }
        if (csv) {
            return Response.ok(InvoiceCsv.of(invoice), CSV + "; charset=UTF-8").tag(etag)
                    .header("Content-Disposition", "attachment; filename=\"" + invoice.number() + ".csv\"").build();
        }
        return Response.ok(InvoiceView.from(invoice), MediaType.APPLICATION_JSON).tag(etag).build();
    }

    @POST
    @Path("/{number}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "acknowledgeInvoice", summary = "Record that finance booked the invoice",
            description = "Once per invoice, under finance's own reference. Sending the same reference again is "
                    + "harmless (200 with the recorded acknowledgement, so a retry after a timeout is safe); another "
                    + "reference is a 409 naming the recorded one. Acknowledged invoices leave "
                    + "`GET /v1/invoices?acknowledged=false`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcknowledgeInvoiceRequest.class),
            examples = @ExampleObject(name = "booked", value = Examples.ACKNOWLEDGE)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.AcknowledgementView.class),
                    examples = @ExampleObject(name = "acknowledgement", value = Examples.ACKNOWLEDGEMENT)))
    @APIResponse(responseCode = "200", description = "Recorded before with the same reference: nothing changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvoiceView.AcknowledgementView.class),
                    examples = @ExampleObject(name = "acknowledgement", value = Examples.ACKNOWLEDGEMENT)))
    @APIResponse(responseCode = "400", description = "Invalid body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_ACKNOWLEDGEMENT)))
    @APIResponse(responseCode = "404", description = "No invoice with this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Acknowledged before under another reference "
            + "(/problems/invoice-already-acknowledged; reference names the recorded one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other-reference", value = Examples.PROBLEM_ALREADY_ACKNOWLEDGED)))
    public Response acknowledgeInvoice(
            @Parameter(description = "Invoice number", example = "INV-2026-000001") @PathParam("number") String number,
            @Valid @NotNull AcknowledgeInvoiceRequest request) {
        InvoiceService.Acknowledged result = invoices.acknowledgeInvoice(number, request.reference(),
                request.bookedBy());
        Log.debugf("Acknowledgement of invoice %s: %s (new: %s)", number, result.acknowledgement().reference(),
                result.created());
        return Response.status(result.created() ? 201 : 200)
                .entity(InvoiceView.AcknowledgementView.from(result.acknowledgement()))
                .type(MediaType.APPLICATION_JSON).build();
    }

    /**
     * If-None-Match with the weak comparison RFC 9110 13.1.2 asks for (a {@code W/} prefix is ignored), over a list
     * of tags or {@code *}.
     */
    private static boolean matchesAny(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String value = tag.strip();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + etag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
