package org.chargeback.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.chargeback.support.problem.Problem;
import org.chargeback.support.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * 401 and 403 as application/problem+json (authentication is lazy, quarkus.http.auth.proactive=false, so a missing
 * or bad token and a role check failing reach these mappers instead of Quarkus' empty-bodied answers).
 */
public class SecurityProblemMappers {

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("A bearer token is required", uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated("The bearer token is missing, expired or not valid", uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Caller.forbidden("The caller's role may not use this operation").toProblem(path(uri)))
                .build();
    }

    private static Response unauthenticated(String detail, UriInfo uri) {
        Problem problem = new ProblemException(401, "unauthorized", "Unauthorized", detail).toProblem(path(uri));
        return respond(problem).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
