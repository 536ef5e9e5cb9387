package org.chargeback.ingestion.cost;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/costs/summary")
@Tag(name = "Cost summaries", description = "Stored costs summed by dimension")
@Produces(MediaType.APPLICATION_JSON)
public class CostSummaryResource {

    private final CostSummaryService summaries;

    CostSummaryResource(CostSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Operation(operationId = "summarizeCosts", summary = "Sum BilledCost and EffectiveCost of a billing period",
            description = "Groups are always split by billing currency. Sums keep the provider's full precision.")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostSummaryView.class),
                    examples = @ExampleObject(name = "by business unit and service category", value = Examples.SUMMARY)))
    @APIResponse(responseCode = "400", description = "Missing or malformed billingPeriod, or an unknown groupBy dimension",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CostSummaryView summarizeCosts(
            @Parameter(description = "Billing period as YYYY-MM (rows whose BillingPeriodStart is in that month)",
                    required = true, example = "2026-10") @QueryParam("billingPeriod") String billingPeriod,
            @Parameter(description = "Comma-separated dimensions: billingAccountId, subAccountId, serviceCategory, "
                    + "serviceName, providerName, publisherName, chargeCategory, skuId, regionId, tag:<key>",
                    example = "tag:business-unit,serviceCategory") @QueryParam("groupBy") String groupBy) {
        return summaries.summarize(billingPeriod, groupBy);
    }
}
