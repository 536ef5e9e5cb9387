package org.chargeback.chargeback.forecast;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.forecast.dto.ForecastRequest;
import org.chargeback.chargeback.forecast.dto.ForecastView;
import org.chargeback.chargeback.forecast.dto.LlmCostRequest;
import org.chargeback.chargeback.forecast.dto.LlmCostView;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.security.Caller;
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

@Path("/v1/forecasts")
@Tag(name = "Forecasts", description = "Scenario forecasts with versions (quarterly reforecasts) and the LLM cost "
        + "calculator")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ForecastResource {

    private final ForecastService forecasts;
    private final Caller caller;

    ForecastResource(ForecastService forecasts, Caller caller) {
        this.forecasts = forecasts;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "createForecast", summary = "Store a scenario forecast (version 1)",
            description = "Demand scenarios with probabilities (default baseline 1x 0.6, expansion 2x 0.3, "
                    + "breakthrough 3x 0.1) and a yearly price deflation (default 25 %, compounded monthly); the "
                    + "expected cost is the probability-weighted sum, shown with the constrained / base / growth "
                    + "view (-20 % / 0 / +20 %).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ForecastRequest.class),
            examples = @ExampleObject(name = "defaults", value = Examples.CREATE)))
    @APIResponse(responseCode = "201", description = "Stored",
            headers = {@Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForecastView.class),
                    examples = @ExampleObject(name = "forecast", value = Examples.FORECAST)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), also probabilities not adding up to 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_FORECAST)))
    @APIResponse(responseCode = "409", description = "The code exists (/problems/forecast-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_FORECAST_EXISTS)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public RestResponse<ForecastView> createForecast(@Valid @NotNull ForecastRequest request, @Context UriInfo uri) {
        ForecastVersion created = forecasts.createForecast(request);
        Log.debugf("Created forecast %s", created.code());
        return RestResponse.ResponseBuilder.<ForecastView>created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .entity(forecasts.view(created)).header("ETag", "\"" + created.version() + "\"").build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "reforecast", summary = "Store a reforecast (the next version)",
            description = "Quarterly (or whenever) reforecast: the whole set of assumptions as the next version; "
                    + "earlier versions stay. Needs If-Match with the latest ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ForecastRequest.class),
            examples = @ExampleObject(name = "Q1 reforecast", value = Examples.REFORECAST)))
    @APIResponse(responseCode = "200", description = "Stored as the next version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForecastView.class),
                    examples = @ExampleObject(name = "forecast", value = Examples.FORECAST)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), also a different code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_FORECAST)))
    @APIResponse(responseCode = "404", description = "Unknown code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "Stale If-Match (/problems/stale-forecast)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    @APIResponse(responseCode = "428", description = "No If-Match (/problems/precondition-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "precondition", value = Examples.PROBLEM_PRECONDITION)))
    public RestResponse<ForecastView> reforecast(
            @Parameter(description = "Forecast code", example = "support-ai-2027") @PathParam("code") String code,
            @Parameter(description = "The ETag of the latest version") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ForecastRequest request) {
        ForecastVersion next = forecasts.reforecast(code, ifMatch, request);
        return RestResponse.ResponseBuilder.ok(forecasts.view(next)).header("ETag", "\"" + next.version() + "\"")
                .build();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "getForecast", summary = "The latest version of a forecast with its figures")
    @APIResponse(responseCode = "200", description = "The latest version",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ForecastView.class),
                    examples = @ExampleObject(name = "forecast", value = Examples.FORECAST)))
    @APIResponse(responseCode = "404", description = "Unknown code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public RestResponse<ForecastView> getForecast(
            @Parameter(description = "Forecast code", example = "support-ai-2027") @PathParam("code") String code) {
        ForecastVersion latest = forecasts.latest(code);
        checkMaySee(List.of(latest));
        return RestResponse.ResponseBuilder.ok(forecasts.view(latest)).header("ETag", "\"" + latest.version() + "\"")
                .build();
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.BU_OWNER})
    @Operation(operationId = "listForecastVersions", summary = "Every version of a forecast, oldest first")
    @APIResponse(responseCode = "200", description = "The versions with their figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ForecastView.class),
                    examples = @ExampleObject(name = "versions", value = Examples.FORECAST_LIST)))
    @APIResponse(responseCode = "404", description = "Unknown code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public List<ForecastView> listForecastVersions(
            @Parameter(description = "Forecast code", example = "support-ai-2027") @PathParam("code") String code) {
        List<ForecastVersion> versions = forecasts.versions(code);
        checkMaySee(versions);
        return versions.stream().map(forecasts::view).toList();
    }

    @POST
    @Path("/llm-cost")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "projectLlmCost", summary = "Project the monthly cost of an LLM feature",
            description = "requests = users x sessions per user x requests per session; cost per request from the "
                    + "input and output tokens and prices per million; plus a 30-50 % buffer. With routing: the "
                    + "share sent to a cheaper model and the saving. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LlmCostRequest.class),
            examples = @ExampleObject(name = "with routing", value = Examples.LLM_REQUEST)))
    @APIResponse(responseCode = "200", description = "The projection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LlmCostView.class),
                    examples = @ExampleObject(name = "projection", value = Examples.LLM_COST)))
    @APIResponse(responseCode = "400", description = "Invalid field (errors[].field), e.g. a buffer outside 30-50",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_FORECAST)))
    @APIResponse(responseCode = "422", description = "Not the reporting currency",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "currency", value = Examples.PROBLEM_CURRENCY_MISMATCH)))
    public LlmCostView projectLlmCost(@Valid @NotNull LlmCostRequest request) {
        return forecasts.llmCost(request);
    }

    /**
     * A forecast version is the data of its business unit; one without a business unit (the whole company's) only
     * callers who see every business unit read. 403 for a bu-owner unless every version shown is of their units.
     */
    private void checkMaySee(List<ForecastVersion> shown) {
        for (ForecastVersion version : shown) {
            if (version.businessUnit() == null && !caller.seesEveryBusinessUnit()) {
                throw Caller.forbidden("Forecast '" + version.code() + "' is the whole company's, not a business "
                        + "unit's: the caller may not see it");
            }
            if (version.businessUnit() != null) {
                caller.checkMaySee(version.businessUnit());
            }
        }
    }
}
