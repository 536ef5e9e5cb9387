package org.chargeback.support.problem;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents on every operation the answer any of them can give: a 500 application/problem+json with an error id
 * (see {@link ProblemMappers#internal}), and for the secured ones the 401 and 403 that Quarkus lists without a body,
 * as the application/problem+json they are (security/SecurityProblemMappers). Client errors stay documented per
 * operation, next to their causes.
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
                if (operation.getResponses() == null) {
                    continue;
                }
                if (!operation.getResponses().hasAPIResponse("500")) {
                    operation.getResponses().addAPIResponse("500", problem(
                            "Unexpected error; the problem names an error id to quote when reporting it"));
                }
                if (operation.getResponses().hasAPIResponse("401")) {
                    operation.getResponses().addAPIResponse("401", problem(
                            "No bearer token, or one that is expired or not signed by the suite"));
                }
                if (operation.getResponses().hasAPIResponse("403")) {
                    operation.getResponses().addAPIResponse("403", problem(
                            "The token's role may not use this operation, or the item belongs to a business unit "
                                    + "the caller does not own"));
                }
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
    }
}
