package org.chargeback.pricing.quote;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/quotes")
@Tag(name = "Quotes", description = "What a month's quantity of a product costs a business unit")
@Produces(MediaType.APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;

    QuoteResource(QuoteService quotes) {
        this.quotes = quotes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "quotePrice", summary = "Quote a quantity of a product",
            description = "Prices `quantity` (the business unit's quantity of the month, as tiers and minimums are "
                    + "per month) with the versions in force at `at`'s UTC date. " + QuoteService.PRECEDENCE
                    + " Answers the amount, the version and override used, and one line per tier. The amount keeps "
                    + "full precision: it is NOT rounded; the statement line in chargeback-service rounds it once.")
    @APIResponse(responseCode = "200", description = "The quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Quote.class),
                    examples = @ExampleObject(name = "graduated", value = Examples.GRADUATED_QUOTE)))
    @APIResponse(responseCode = "400", description = "A parameter is missing or malformed, or quantity is not "
            + "greater than 0 (errors[].field names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown product (/problems/not-found), retired by then "
            + "(/problems/product-retired) or no price in force at `at` (/problems/no-price-in-force)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Cost-plus price not computable (/problems/cost-plus-undefined)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "ingestion-service unavailable for a cost-plus price",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Quote quotePrice(
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
        QuoteQuery query = QuoteQuery.parse(product, businessUnit, quantity, at);
        Quote quote = quotes.quoteProduct(query.product(), query.businessUnit(), query.quantity(), query.at());
        Log.debugf("Quote for %s of %s: %s %s", quote.businessUnit(), quote.product(), quote.amount(),
                quote.currency());
        return quote;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "quoteBatch", summary = "Quote many items at once",
            description = "Prices up to 10,000 (businessUnit, product, quantity, month) items, each at its month's "
                    + "first day 00:00 UTC, as GET /v1/quotes would. An item without a price (unknown or retired "
                    + "product, no price in force, cost-plus not computable) is UNPRICED with its problem, never "
                    + "a zero amount; the others are still priced. " + QuoteService.PRECEDENCE
                    + " Amounts are NOT rounded; the statement line rounds.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BatchQuoteRequest.class),
            examples = @ExampleObject(name = "statement-run", value = Examples.BATCH)))
    @APIResponse(responseCode = "200", description = "One result per item, in order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BatchQuoteResult.class)))
    @APIResponse(responseCode = "400", description = "An item is malformed (errors[].field such as items[3].quantity); "
            + "nothing is quoted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "ingestion-service unavailable for a cost-plus price",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BatchQuoteResult quoteBatch(BatchQuoteRequest request) {
        BatchQuoteResult result = quotes.quoteBatch(request);
        Log.debugf("Quoted a batch of %d items", result.results().size());
        return result;
    }
}
