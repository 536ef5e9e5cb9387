package org.chargeback.pricing.audit;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.pricing.shared.Instants;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/v1/price-changes")
@Tag(name = "Audit", description = "Every change to products, prices and frozen periods")
@Produces(MediaType.APPLICATION_JSON)
public class PriceChangeResource {

    private final PriceChangeService changes;

    PriceChangeResource(PriceChangeService changes) {
        this.changes = changes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listPriceChanges", summary = "List price book changes",
            description = "Every change after `since` (product, version, before/after, who, why, when), oldest "
                    + "first. `retroactive=true` lists only retroactive corrections of frozen months: the feed "
                    + "chargeback reads to carry adjustments.")
    @APIResponse(responseCode = "200", description = "The changes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PriceChange.class),
                    examples = @ExampleObject(name = "change", value = """
                            [{"seq": 7, "changedAt": "2026-11-20T09:00:00Z", "kind": "price-version-added",
                              "product": "support-resolution", "priceVersionId": "0b6f0c9e-7a53-4a3c-9d1e-0c0e5c6f1a11",
                              "before": {"unitRate": 0.05, "effectiveFrom": "2026-07-01"},
                              "after": {"unitRate": 0.045, "effectiveFrom": "2026-12-01"},
                              "changedBy": "platform-ai@example.com", "reason": "FY27 price",
                              "retroactive": false, "affectedMonths": []}]
                            """)))
    @APIResponse(responseCode = "400", description = "`since` is not a date or instant (errors[].field = since)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PriceChange> listPriceChanges(
            @Parameter(description = "Only changes after this date (00:00 UTC) or ISO 8601 instant", 
                    example = "2026-11-01T00:00:00Z")
            @QueryParam("since") String since,
            @Parameter(description = "Only retroactive corrections", example = "false")
            @QueryParam("retroactive") boolean retroactive) {
        List<PriceChange> list = changes.listSince(Instants.parseOptional("since", since), retroactive);
        Log.debugf("Listed %d price changes since %s", list.size(), since);
        return list;
    }
}
