package org.chargeback.chargeback.allocation;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.allocation.dto.AllocationRuleRequest;
import org.chargeback.chargeback.allocation.dto.AllocationRuleView;
import org.chargeback.chargeback.allocation.dto.PreviewRequest;
import org.chargeback.chargeback.allocation.dto.PreviewView;
import org.chargeback.chargeback.shared.Months;
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
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/v1/allocation-rules")
@Tag(name = "Allocation rules", description = "Which business units a provider cost is charged to, and in which "
        + "shares: effective-dated, ordered, versioned rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationRuleResource {

    private final AllocationRuleService rules;
    private final AllocationPreviewService previews;

    AllocationRuleResource(AllocationRuleService rules, AllocationPreviewService previews) {
        this.rules = rules;
        this.previews = previews;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "createAllocationRule", summary = "Create an allocation rule",
            description = "Stores version 1 of a rule. In a month, the rules in force are evaluated by priority "
                    + "(lower first), then code: the first matching rule whose method is not NONE allocates the "
                    + "cost; a cost no rule allocates goes to the business unit of its tag, else stays unallocated.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AllocationRuleRequest.class),
            examples = {@ExampleObject(name = "fixed", summary = "Shared cluster, fixed percentages",
                    value = Examples.CREATE_FIXED_RULE),
                    @ExampleObject(name = "direct", summary = "A sub-account to one use case",
                            value = Examples.CREATE_DIRECT_RULE),
                    @ExampleObject(name = "usage", summary = "Untagged networking by usage",
                            value = Examples.CREATE_USAGE_RULE),
                    @ExampleObject(name = "category-only", summary = "Categories only (NONE)",
                            value = Examples.CREATE_CATEGORY_ONLY_RULE)}))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "URL of the new rule",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Send it as If-Match to change the rule",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AllocationRuleView.class),
                    examples = @ExampleObject(name = "created", value = Examples.RULE)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_RULE)))
    @APIResponse(responseCode = "409", description = "The code is taken (/problems/allocation-rule-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_RULE_EXISTS)))
    public RestResponse<AllocationRuleView> createAllocationRule(@Valid @NotNull AllocationRuleRequest request,
                                                                 @Context UriInfo uri) {
        AllocationRule created = rules.createRule(request);
        Log.debugf("Created allocation rule %s", created.code());
        return RestResponse.ResponseBuilder.<AllocationRuleView>created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .header(HttpHeaders.ETAG, created.etag())
                .entity(AllocationRuleView.from(created))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listAllocationRules", summary = "List allocation rules",
            description = "With month: the versions in force that month, in evaluation order (priority, then code). "
                    + "Without: the latest version of every rule, by code.")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AllocationRuleView.class),
                    examples = @ExampleObject(name = "one rule", value = Examples.RULE_LIST)))
    @APIResponse(responseCode = "400", description = "The month is not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<AllocationRuleView> listAllocationRules(
            @Parameter(description = "Only the versions in force this month, YYYY-MM", example = "2026-10")
            @QueryParam("month") @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month) {
        List<AllocationRuleView> views = rules.listRules(month == null ? null : Months.parse("month", month))
                .stream().map(AllocationRuleView::from).toList();
        Log.debugf("Listed %d allocation rules (month %s)", views.size(), month);
        return views;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "getAllocationRule", summary = "Get an allocation rule's latest version")
    @APIResponse(responseCode = "200", description = "The latest version",
            headers = @Header(name = "ETag", description = "Send it as If-Match to change the rule",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AllocationRuleView.class),
                    examples = @ExampleObject(name = "rule", value = Examples.REVISED_RULE)))
    @APIResponse(responseCode = "404", description = "No rule has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public RestResponse<AllocationRuleView> getAllocationRule(
            @Parameter(description = "Rule code", example = "shared-gpu-cluster") @PathParam("code") String code) {
        AllocationRule rule = rules.getRule(code);
        Log.debugf("Found allocation rule %s version %d", code, rule.version());
        return RestResponse.ResponseBuilder.ok(AllocationRuleView.from(rule)).header(HttpHeaders.ETAG, rule.etag())
                .build();
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "listAllocationRuleVersions", summary = "List every version of an allocation rule",
            description = "Oldest first. Versions are never changed or deleted.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = AllocationRuleView.class),
                    examples = @ExampleObject(name = "two versions", value = Examples.RULE_VERSIONS)))
    @APIResponse(responseCode = "404", description = "No rule has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public List<AllocationRuleView> listAllocationRuleVersions(
            @Parameter(description = "Rule code", example = "shared-gpu-cluster") @PathParam("code") String code) {
        List<AllocationRuleView> views = rules.listVersions(code).stream().map(AllocationRuleView::from).toList();
        Log.debugf("Listed %d versions of allocation rule %s", views.size(), code);
        return views;
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "reviseAllocationRule", summary = "Change an allocation rule (stores its next version)",
            description = "Stores version n+1; earlier versions are kept. In a month the highest version whose "
                    + "[effectiveFrom, effectiveTo) contains it is in force, so a version from November corrects or "
                    + "retires the rule from November on and leaves October as it was. To retire a rule from a "
                    + "month, store a version from that month with method NONE. Optimistic concurrency: send the "
                    + "ETag of your last GET as If-Match; a stale one answers 412, none 428.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AllocationRuleRequest.class),
            examples = @ExampleObject(name = "from November", value = Examples.REVISE_RULE)))
    @APIResponse(responseCode = "200", description = "Stored; the new ETag is in the header",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AllocationRuleView.class),
                    examples = @ExampleObject(name = "version 2", value = Examples.REVISED_RULE)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a different code (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_RULE)))
    @APIResponse(responseCode = "404", description = "No rule has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "Changed since that ETag (/problems/stale-allocation-rule)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "428", description = "If-Match missing (/problems/precondition-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_PRECONDITION_REQUIRED)))
    public RestResponse<AllocationRuleView> reviseAllocationRule(
            @Parameter(description = "Rule code", example = "shared-gpu-cluster") @PathParam("code") String code,
            @Parameter(description = "The ETag of the rule as last read", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AllocationRuleRequest request) {
        AllocationRule revised = rules.reviseRule(code, ifMatch, request);
        Log.debugf("Allocation rule %s is at version %d", code, revised.version());
        return RestResponse.ResponseBuilder.ok(AllocationRuleView.from(revised))
                .header(HttpHeaders.ETAG, revised.etag()).build();
    }

    @POST
    @Path("/preview")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "previewAllocationRules", summary = "Preview what a rule change would move",
            description = "Allocates the month's real costs (and usage, when a rule needs it) from ingestion-service "
                    + "twice, with the rules in force and with the change, and compares: per business unit (and the "
                    + "unallocated rest) the billed cost before and after, exact and rounded, and the moved cost "
                    + "groups, largest first (at most 100). Each rule of the change counts as the next version of "
                    + "its code, as PUT would store it; retired codes are out of force. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PreviewRequest.class),
            examples = @ExampleObject(name = "re-split", value = Examples.PREVIEW_REQUEST)))
    @APIResponse(responseCode = "200", description = "What would move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PreviewView.class),
                    examples = @ExampleObject(name = "re-split", value = Examples.PREVIEW)))
    @APIResponse(responseCode = "400", description = "Invalid month or body (errors[].field, e.g. rules[0].code)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_PREVIEW)))
    @APIResponse(responseCode = "422", description = "Costs or prices not in the reporting currency "
            + "(/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    @APIResponse(responseCode = "502", description = "ingestion-service or pricing-service failed "
            + "(/problems/upstream-unavailable)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "upstream", value = Examples.PROBLEM_UPSTREAM)))
    public PreviewView previewAllocationRules(
            @Parameter(description = "The month to preview, YYYY-MM", example = "2026-10", required = true)
            @QueryParam("month") String month,
            @Valid @NotNull PreviewRequest request) {
        PreviewView preview = PreviewView.from(previews.preview(Months.parse("month", month), request));
        Log.debugf("Previewed allocation change on %s: %d move(s)", month, preview.movedCostGroupCount());
        return preview;
    }
}
