package org.chargeback.pricing.frozen;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.problem.ProblemException;
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

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

@Path("/v1/frozen-periods")
@Tag(name = "Frozen periods", description = "Months with issued statements: their prices change only by retroactive correction")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FrozenPeriodResource {

    private final FrozenPeriodService frozen;

    FrozenPeriodResource(FrozenPeriodService frozen) {
        this.frozen = frozen;
    }

    @PUT
    @Path("/{month}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.SERVICE})
    @Operation(operationId = "freezePeriod", summary = "Freeze a month's prices",
            description = "chargeback-service calls this when it issues a statement of the month. Idempotent. From "
                    + "then on a price version that would change a price on any day of the month is refused (409 "
                    + "/problems/period-frozen) unless it is sent with retroactiveCorrection=true.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FreezeRequest.class),
            examples = @ExampleObject(name = "chargeback", value = "{\"frozenBy\": \"chargeback-service\"}")))
    @APIResponse(responseCode = "201", description = "Frozen now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrozenPeriod.class)))
    @APIResponse(responseCode = "200", description = "Was already frozen",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrozenPeriod.class)))
    @APIResponse(responseCode = "400", description = "month is not YYYY-MM (errors[].field = month)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<FrozenPeriod> freezePeriod(
            @Parameter(description = "Month, YYYY-MM", example = "2026-10") @PathParam("month") String month,
            @Valid FreezeRequest request) {
        YearMonth parsed = parseMonth(month);
        String by = request == null || request.frozenBy() == null || request.frozenBy().isBlank()
                ? "unknown" : request.frozenBy().strip();
        boolean created = frozen.freeze(parsed, by);
        Log.debugf("Freeze of %s: %s", parsed, created ? "new" : "already frozen");
        return RestResponse.status(created ? RestResponse.Status.CREATED : RestResponse.Status.OK,
                frozen.find(parsed).orElseThrow());
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.SERVICE})
    @Operation(operationId = "listFrozenPeriods", summary = "List frozen months", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The frozen months",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FrozenPeriod.class),
                    examples = @ExampleObject(name = "two issued months", value = Examples.FROZEN_MONTHS)))
    public List<FrozenPeriod> listFrozenPeriods() {
        return frozen.listAll();
    }

    private static YearMonth parseMonth(String month) {
        try {
            if (month == null || !month.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not YYYY-MM", String.valueOf(month), 0);
            }
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField("month", month, "must be a month YYYY-MM such as 2026-10");
        }
    }
}
