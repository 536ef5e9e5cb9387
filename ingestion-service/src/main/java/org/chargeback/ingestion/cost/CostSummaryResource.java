package org.chargeback.ingestion.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/costs")
@Tag(name = "Cost summaries", description = "Stored costs summed by dimension")
@Produces(MediaType.APPLICATION_JSON)
public class CostSummaryResource {

    private final CostSummaryService summaries;

    CostSummaryResource(CostSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
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
            @Parameter(description = "Comma-separated dimensions: billingPeriod, chargePeriodMonth, chargePeriodDay, "
                    + "billingAccountId, subAccountId, providerName, publisherName, serviceCategory, serviceName, "
                    + "chargeCategory, skuId, regionId, tag:<key> (a key of Tags), x_<name> (a custom column)",
                    example = "tag:business-unit,serviceCategory") @QueryParam("groupBy") String groupBy,
            @Parameter(description = "dimension=value, repeatable (all must match); an empty value matches rows without one",
                    example = "serviceCategory=Compute") @QueryParam("filter") java.util.List<String> filters,
            @Parameter(description = "Count the revisions in force at this instant instead of the current ones",
                    example = "2026-11-02T08:00:00Z") @QueryParam("asOf") String asOf) {
        return summaries.summarize(billingPeriod, groupBy, filters, asOf);
    }

    @GET
    @Path("/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listCostRevisions", summary = "Revisions of each (BillingAccountId, BillingPeriodStart) scope of a billing period",
            description = "A scope's revision grows by one with every restatement: a consumer that remembers the revision it "
                    + "used (e.g. for an issued statement) learns here that the month's costs changed.")
    @APIResponse(responseCode = "200", description = "Current revisions (all with history=true)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostSummaryView.Revision.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY),
                    examples = @ExampleObject(name = "restated once", value = Examples.REVISIONS)))
    @APIResponse(responseCode = "400", description = "Missing or malformed billingPeriod",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public java.util.List<CostSummaryView.Revision> listCostRevisions(
            @Parameter(description = "Billing period as YYYY-MM", required = true, example = "2026-10") @QueryParam("billingPeriod") String billingPeriod,
            @Parameter(description = "Include superseded revisions") @QueryParam("history") @jakarta.ws.rs.DefaultValue("false") boolean history) {
        return summaries.revisions(billingPeriod, history);
    }
}
