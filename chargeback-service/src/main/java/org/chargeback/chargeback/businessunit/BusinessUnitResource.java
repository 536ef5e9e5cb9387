package org.chargeback.chargeback.businessunit;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.chargeback.businessunit.dto.AddUseCaseRequest;
import org.chargeback.chargeback.businessunit.dto.BusinessUnitView;
import org.chargeback.chargeback.businessunit.dto.CreateBusinessUnitRequest;
import org.chargeback.chargeback.businessunit.dto.UpdateBusinessUnitRequest;
import org.chargeback.chargeback.businessunit.dto.UseCaseView;
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

@Path("/v1/business-units")
@Tag(name = "Business units", description = "The registry of who consumes AI and pays for it, and their use cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BusinessUnitResource {

    private final BusinessUnitService units;
    private final Caller caller;

    BusinessUnitResource(BusinessUnitService units, Caller caller) {
        this.units = units;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "registerBusinessUnit", summary = "Register a business unit",
            description = "Registers a business unit under an immutable code: the value of the business-unit tag on "
                    + "its costs and of businessUnit on its usage. Statements built afterwards show its name and "
                    + "cost center. Nothing is ever deleted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateBusinessUnitRequest.class),
            examples = @ExampleObject(name = "support", value = Examples.CREATE_BUSINESS_UNIT)))
    @APIResponse(responseCode = "201", description = "Registered",
            headers = {@Header(name = "Location", description = "URL of the new business unit",
                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Send it as If-Match to change the business unit",
                            schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BusinessUnitView.class),
                    examples = @ExampleObject(name = "registered", value = Examples.UPDATED_BUSINESS_UNIT)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_BUSINESS_UNIT)))
    @APIResponse(responseCode = "409", description = "The code is taken (/problems/business-unit-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_BUSINESS_UNIT_EXISTS)))
    public RestResponse<BusinessUnitView> registerBusinessUnit(@Valid @NotNull CreateBusinessUnitRequest request,
                                                               @Context UriInfo uri) {
        BusinessUnit registered = units.registerBusinessUnit(request);
        Log.debugf("Registered business unit %s", registered.code());
        return RestResponse.ResponseBuilder.<BusinessUnitView>created(
                        uri.getAbsolutePathBuilder().path(registered.code()).build())
                .header(HttpHeaders.ETAG, registered.etag())
                .entity(BusinessUnitView.from(registered))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER})
    @Operation(operationId = "listBusinessUnits", summary = "List business units",
            description = "Every business unit by code, without use cases.")
    @APIResponse(responseCode = "200", description = "The business units",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BusinessUnitView.class),
                    examples = @ExampleObject(name = "two business units", value = Examples.BUSINESS_UNIT_LIST)))
    public List<BusinessUnitView> listBusinessUnits() {
        // A bu-owner sees only the business units they own (a short registry: filtered here).
        List<BusinessUnitView> views = units.listBusinessUnits().stream().filter(u -> caller.maySee(u.code()))
                .map(BusinessUnitView::from).toList();
        Log.debugf("Listed %d business units", views.size());
        return views;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER})
    @Operation(operationId = "getBusinessUnit", summary = "Get a business unit with its use cases")
    @APIResponse(responseCode = "200", description = "The business unit",
            headers = @Header(name = "ETag", description = "Send it as If-Match to change the business unit",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BusinessUnitView.class),
                    examples = @ExampleObject(name = "support", value = Examples.BUSINESS_UNIT)))
    @APIResponse(responseCode = "404", description = "No business unit has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public RestResponse<BusinessUnitView> getBusinessUnit(
            @Parameter(description = "Business unit code", example = "support") @PathParam("code") String code) {
        BusinessUnit unit = units.getBusinessUnit(code);
        caller.checkMaySee(unit.code());
        Log.debugf("Found business unit %s", code);
        return RestResponse.ResponseBuilder.ok(BusinessUnitView.from(unit)).header(HttpHeaders.ETAG, unit.etag())
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "updateBusinessUnit", summary = "Change a business unit's name, cost center or owner",
            description = "The code never changes. Optimistic concurrency: send the ETag of your last GET as "
                    + "If-Match; a stale one answers 412, none 428. Statements already built keep the name and cost "
                    + "center they were built with.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateBusinessUnitRequest.class),
            examples = @ExampleObject(name = "re-assign", value = Examples.UPDATE_BUSINESS_UNIT)))
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is in the header",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BusinessUnitView.class),
                    examples = @ExampleObject(name = "changed", value = Examples.UPDATED_BUSINESS_UNIT)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a different code (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_BUSINESS_UNIT)))
    @APIResponse(responseCode = "404", description = "No business unit has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (/problems/stale-business-unit)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "428", description = "If-Match missing (/problems/precondition-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = Examples.PROBLEM_PRECONDITION_REQUIRED)))
    public RestResponse<BusinessUnitView> updateBusinessUnit(
            @Parameter(description = "Business unit code", example = "support") @PathParam("code") String code,
            @Parameter(description = "The ETag of the business unit as last read", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateBusinessUnitRequest request) {
        BusinessUnit updated = units.updateBusinessUnit(code, ifMatch, request);
        Log.debugf("Updated business unit %s", code);
        return RestResponse.ResponseBuilder.ok(BusinessUnitView.from(updated)).header(HttpHeaders.ETAG, updated.etag())
                .build();
    }

    @POST
    @Path("/{code}/use-cases")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM})
    @Operation(operationId = "addUseCase", summary = "Add a use case to a business unit",
            description = "A use case names the outcome product the business unit is charged for (a pricing-service "
                    + "product code, not checked against pricing-service yet) and optionally the business value of "
                    + "one unit (valuePerUnit with its valueCurrency), for unit economics.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AddUseCaseRequest.class),
            examples = {@ExampleObject(name = "with-value", summary = "With the value of one resolution",
                    value = Examples.ADD_USE_CASE),
                    @ExampleObject(name = "without-value", summary = "No value declared",
                            value = Examples.ADD_USE_CASE_WITHOUT_VALUE)}))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = "Location", description = "URL of the business unit's use cases",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = UseCaseView.class),
                    examples = @ExampleObject(name = "added", value = Examples.USE_CASE)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.PROBLEM_INVALID_USE_CASE)))
    @APIResponse(responseCode = "404", description = "No business unit has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The business unit has a use case with this code "
            + "(/problems/use-case-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "exists", value = Examples.PROBLEM_USE_CASE_EXISTS)))
    public RestResponse<UseCaseView> addUseCase(
            @Parameter(description = "Business unit code", example = "support") @PathParam("code") String code,
            @Valid @NotNull AddUseCaseRequest request, @Context UriInfo uri) {
        UseCase added = units.addUseCase(code, request);
        Log.debugf("Added use case %s to business unit %s", added.code(), code);
        return RestResponse.ResponseBuilder.<UseCaseView>created(uri.getAbsolutePathBuilder().build())
                .entity(UseCaseView.from(added))
                .build();
    }

    @GET
    @Path("/{code}/use-cases")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER})
    @Operation(operationId = "listUseCases", summary = "List a business unit's use cases", description = "By code.")
    @APIResponse(responseCode = "200", description = "The use cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UseCaseView.class),
                    examples = @ExampleObject(name = "one use case", value = Examples.USE_CASE_LIST)))
    @APIResponse(responseCode = "404", description = "No business unit has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-found", value = Examples.PROBLEM_NOT_FOUND)))
    public List<UseCaseView> listUseCases(
            @Parameter(description = "Business unit code", example = "support") @PathParam("code") String code) {
        List<UseCase> useCases = units.listUseCases(code);
        caller.checkMaySee(code);
        List<UseCaseView> views = useCases.stream().map(UseCaseView::from).toList();
        Log.debugf("Listed %d use cases of business unit %s", views.size(), code);
        return views;
    }
}
