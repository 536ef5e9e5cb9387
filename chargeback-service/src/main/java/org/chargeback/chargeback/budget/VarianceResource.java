package org.chargeback.chargeback.budget;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.chargeback.budget.dto.PortfolioView;
import org.chargeback.chargeback.budget.dto.VarianceView;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
import org.chargeback.support.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Actual against budget, and the portfolio of budget categories, of a month. */
@Path("/v1")
@Tag(name = "Budgets")
@Produces(MediaType.APPLICATION_JSON)
public class VarianceResource {

    private final BudgetService budgets;
    private final Caller caller;

    VarianceResource(BudgetService budgets, Caller caller) {
        this.budgets = budgets;
        this.caller = caller;
    }

    @GET
    @Path("/variance")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getBudgetVariance", summary = "Actual against budget by business unit and category",
            description = "Actual = the SHOWBACK lines of the month's standing statements; budget = the month's "
                    + "budgets and a third of each quarter budget (use-case budgets are not part of it). A row is "
                    + "flagged when |actual - budget| is at or above chargeback.budget.variance-threshold-percent "
                    + "(default 15) of the budget, or when there is spend without a budget; innovation reserve rows "
                    + "never are.")
    @APIResponse(responseCode = "200", description = "The variance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VarianceView.class),
                    examples = @ExampleObject(name = "variance", value = Examples.VARIANCE)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    public VarianceView getBudgetVariance(
            @Parameter(description = "The month, YYYY-MM (required)", example = "2026-10", required = true)
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month) {
        return budgets.variance(Months.parse("month", month), caller.businessUnitScope());
    }

    @GET
    @Path("/portfolio")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getPortfolio", summary = "Spend by budget category against the typical ranges",
            description = "Typical shares of an AI budget: infrastructure 25-35 %, talent 35-45 %, vendor and API "
                    + "10-20 %, data and tooling 10-15 %, innovation 15-20 % (bounds included); a category outside "
                    + "its range is flagged outOfRange.")
    @APIResponse(responseCode = "200", description = "The portfolio",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PortfolioView.class),
                    examples = @ExampleObject(name = "portfolio", value = Examples.PORTFOLIO)))
    @APIResponse(responseCode = "400", description = "month missing or not YYYY-MM",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "month", value = Examples.PROBLEM_INVALID_MONTH)))
    public PortfolioView getPortfolio(
            @Parameter(description = "The month, YYYY-MM (required)", example = "2026-10", required = true)
            @QueryParam("month") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month,
            @Parameter(description = "Only this business unit", example = "support")
            @QueryParam("businessUnit") String businessUnit) {
        return budgets.portfolio(Months.parse("month", month), businessUnit, caller.businessUnitScope());
    }
}
