package org.chargeback.pricing.product;

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

@Path("/v1/products")
@Tag(name = "Products", description = "What business units can consume and be charged for")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;

    ProductResource(ProductService products) {
        this.products = products;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "createProduct", summary = "Register a product",
            description = "Registers a product under a stable code. Prices are added as versions afterwards.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateProductRequest.class),
            examples = {
                    @ExampleObject(name = "support-resolution", summary = "An outcome-priced product",
                            value = Examples.CREATE_PRODUCT),
                    @ExampleObject(name = "llm-output-tokens", summary = "A token-priced product",
                            value = Examples.CREATE_TOKEN_PRODUCT)}))
    @APIResponse(responseCode = "201", description = "Product registered",
            headers = @Header(name = "Location", description = "URL of the new product",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or unreadable body (errors[].field names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The product code exists (/problems/product-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProductView> createProduct(@Valid @NotNull CreateProductRequest request,
                                                   @Context UriInfo uri) {
        Product product = products.registerProduct(request.toNewProduct());
        ProductView created = ProductView.from(product);
        Log.debugf("Created product %s", created.code());
        return RestResponse.ResponseBuilder.<ProductView>created(
                        uri.getAbsolutePathBuilder().path(created.code()).build())
                .header(HttpHeaders.ETAG, product.etag())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER, Roles.SERVICE})
    @Operation(operationId = "listProducts", summary = "List products", description = "All products, by code.")
    @APIResponse(responseCode = "200", description = "The products",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProductView.class),
                    examples = @ExampleObject(name = "one product", value = "[" + Examples.PRODUCT + "]")))
    public List<ProductView> listProducts() {
        List<ProductView> views = products.listProducts().stream().map(ProductView::from).toList();
        Log.debugf("Listed %d products", views.size());
        return views;
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER, Roles.SERVICE})
    @Operation(operationId = "getProduct", summary = "Get a product")
    @APIResponse(responseCode = "200", description = "The product",
            headers = @Header(name = "ETag", description = "Send it as If-Match to update the product",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductView.class),
                    examples = @ExampleObject(name = "a product", value = Examples.PRODUCT)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProductView> getProduct(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code) {
        Product product = products.getProduct(code);
        Log.debugf("Found product %s", code);
        return RestResponse.ResponseBuilder.ok(ProductView.from(product)).header(HttpHeaders.ETAG, product.etag())
                .build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.PLATFORM})
    @Operation(operationId = "updateProduct", summary = "Update a product",
            description = "Renames, re-describes, re-assigns (owningTeam) or retires (status RETIRED) a product. "
                    + "The code and unit never change. Optimistic concurrency: send the ETag of your last GET as "
                    + "If-Match; a stale one answers 412, none 428. A retired product keeps its history and quotes "
                    + "for instants before its retirement, and gets no new prices.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateProductRequest.class),
            examples = @ExampleObject(name = "rename", summary = "Rename and re-assign", value = Examples.UPDATE_PRODUCT)))
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is in the header",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a different code or unit (errors[].field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No product has this code (/problems/not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Re-activating a retired product (/problems/product-retired)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match is not the current ETag (/problems/stale-product)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing (/problems/precondition-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ProductView> updateProduct(
            @Parameter(description = "Product code", example = "support-resolution") @PathParam("code") String code,
            @Parameter(description = "The ETag of the product as last read", example = "\"1\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateProductRequest request) {
        Product updated = products.updateProduct(code, ifMatch, request);
        Log.debugf("Updated product %s", code);
        return RestResponse.ResponseBuilder.ok(ProductView.from(updated)).header(HttpHeaders.ETAG, updated.etag())
                .build();
    }
}
