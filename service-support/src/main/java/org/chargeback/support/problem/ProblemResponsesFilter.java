package org.chargeback.support.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Documents on every operation the answer any of them can give: a 500 application/problem+json with an error id
 * (see {@link ProblemMappers#internal}). Client errors stay documented per operation, next to their causes.
 * Enabled per service with {@code mp.openapi.filter=org.chargeback.support.problem.ProblemResponsesFilter}.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("500")) {
                    operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse()
                            .description("Unexpected error; the problem names an error id to quote when reporting it")
                            .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")))));
                }
            }
        }
    }
}
