package org.chargeback.pricing.quote;

import io.quarkus.logging.Log;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/quotes")
@Tag(name = "Quotes", description = "What a quantity of a product costs at a point in time")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @Operation(operationId = "quotePrice", summary = "Quote a quantity of a product",
            description = "Prices the quantity with the price version in force at `at` (the latest effectiveFrom on "
                    + "or before at's UTC date). amount = quantity x unitPrice, exact: quotes are not rounded; "
                    + "the statement line rounds.")
    @APIResponse(responseCode = "200", description = "The quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or quantity is not "
            + "greater than 0 (errors[].field names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown product (/problems/not-found), or no price version "
            + "in force at `at` (/problems/no-price-in-force)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView quotePrice(
            @Parameter(description = "Product code", required = true, example = "support-resolution")
            @QueryParam("product") @NotBlank String product,
            @Parameter(description = "Business unit the quote is for", required = true, example = "customer-care")
            @QueryParam("businessUnit") @NotBlank String businessUnit,
            @Parameter(description = "Quantity in product units, a decimal greater than 0", required = true,
                    example = "1250")
            @QueryParam("quantity") @NotBlank String quantity,
            @Parameter(description = "Point in time to price: a date (00:00 UTC) or an ISO 8601 instant with offset;"
                    + " default now", example = "2026-10-01T12:00:00Z")
            @QueryParam("at") String at) {
        QuoteView quote = QuoteView.from(quotes.quoteProduct(QuoteQuery.parse(product, businessUnit, quantity, at)));
        Log.debugf("Quote for %s of %s: %s %s", quote.businessUnit(), quote.product(), quote.amount(),
                quote.currency());
        return quote;
    }
}
