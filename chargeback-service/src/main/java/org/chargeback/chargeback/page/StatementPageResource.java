package org.chargeback.chargeback.page;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The statement page at the service's root URL: a business unit owner picks a business unit and a month (GET
 * parameters) and sees the statement as the API answers it, with charts. HTML for people, not part of the API:
 * hidden from the OpenAPI document.
 */
@Path("/")
@PermitAll
public class StatementPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(StatementPage page);
    }

    private final StatementPageService pages;

    StatementPageResource(StatementPageService pages) {
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public RestResponse<TemplateInstance> showStatementPage(@QueryParam("businessUnit") String businessUnit,
                                                            @QueryParam("month") String month) {
        StatementPage page = pages.pageFor(businessUnit, month);
        Log.debugf("Statement page for %s %s: %d", page.businessUnit(), page.month(), page.status());
        return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(page.status()),
                Templates.page(page)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }
}
