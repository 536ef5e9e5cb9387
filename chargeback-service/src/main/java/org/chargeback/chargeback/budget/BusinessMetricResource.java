package org.chargeback.chargeback.budget;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.chargeback.budget.dto.BusinessMetricRequest;
import org.chargeback.chargeback.budget.dto.BusinessMetricView;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;

@Path("/v1/business-metrics")
@Tag(name = "Budgets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessMetricResource {

    private final BudgetService budgets;
    private final Caller caller;

    BusinessMetricResource(BudgetService budgets, Caller caller) {
        this.budgets = budgets;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "reportBusinessMetric", summary = "Report a business metric of a month",
            description = "E.g. digital transaction revenue; corridors measure AI spend against it. Reporting the "
                    + "same business unit, month and metric again replaces the value (the latest report counts).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = BusinessMetricRequest.class),
            examples = @ExampleObject(name = "revenue", value = Examples.METRIC_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BusinessMetricView.class),
                    examples = @ExampleObject(name = "stored", value = Examples.METRIC)))
    @APIResponse(responseCode = "200", description = "Replaced an earlier value",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BusinessMetricView.class),
                    examples = @ExampleObject(name = "replaced", value = Examples.METRIC)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), also an unregistered business unit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency (/problems/currency-mismatch)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public RestResponse<BusinessMetricView> reportBusinessMetric(@Valid @NotNull BusinessMetricRequest request) {
        caller.checkMaySee(request.businessUnit());
        boolean created = budgets.reportMetric(request);
        BusinessMetricView stored = budgets.listMetrics(Months.parse("month", request.month()), request.businessUnit(),
                        caller.businessUnitScope())
                .stream().filter(m -> m.metric().equals(request.metric())).findFirst()
                .map(BusinessMetricView::from).orElseThrow();
        Log.debugf("Business metric %s of %s stored", request.metric(), request.businessUnit());
        return RestResponse.status(created ? RestResponse.Status.CREATED : RestResponse.Status.OK, stored);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listBusinessMetrics", summary = "A month's business metrics")
    @APIResponse(responseCode = "200", description = "The metrics by business unit and name",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BusinessMetricView.class),
                    examples = @ExampleObject(name = "metrics", value = Examples.METRIC_LIST)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    public List<BusinessMetricView> listBusinessMetrics(
            @Parameter(description = "The month, YYYY-MM (required)", example = "2026-10", required = true)
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        return budgets.listMetrics(Months.parse("month", month), businessUnit, caller.businessUnitScope()).stream()
                .map(BusinessMetricView::from).toList();
    }
}
