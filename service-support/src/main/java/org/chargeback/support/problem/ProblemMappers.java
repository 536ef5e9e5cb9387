package org.chargeback.support.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into application/problem+json. Bean Validation and JSON binding errors are mapped explicitly:
 * Quarkus ships its own mappers for them, and a catch-all mapper does not see them (quarkusio/quarkus#36276).
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    /** Quarkus throws this subclass for violations on resource parameters; its own mapper would answer plain JSON. */
    @ServerExceptionMapper
    public Response resourceViolation(ResteasyReactiveViolationException e, UriInfo uri) {
        return constraintViolation(e, uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<ProblemError> errors = e.getConstraintViolations().stream()
                .map(v -> ProblemError.field(fieldOf(v), v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()),
                        v.getMessage()))
                .sorted(Comparator.comparing(ProblemError::field, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; "));
        return respond(ProblemException.invalid(detail, errors).toProblem(path(uri)));
    }

    /** Quarkus ships a plain-JSON mapper for this subclass (wrong type or format of a field); ours must win. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : null;
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String detail = "The JSON body cannot be read" + where
                + (field == null || field.isEmpty() ? "" : " (field " + field + ")") + ": " + e.getOriginalMessage();
        List<ProblemError> errors = field == null || field.isEmpty() ? List.of()
                : List.of(ProblemError.field(field, null, "has the wrong type or format"));
        return respond(new ProblemException(400, "unreadable-body", "The request body cannot be read", detail, errors)
                .toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // Quarkus's Jackson reader wraps malformed JSON in a plain 400: say what is wrong and where instead.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Request failed"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String slug = title.toLowerCase().replace(' ', '-');
        return respond(new ProblemException(status, slug, title, e.getMessage()).toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, UriInfo uri) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(new ProblemException(500, "internal", "Internal error",
                "An unexpected error occurred; quote error id " + errorId + " when reporting it")
                .with("errorId", errorId).toProblem(path(uri)));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /**
     * "record.events[3].quantity" -> "[3].quantity", "create.request.code" -> "code", "quote.quantity" -> "quantity":
     * the method and body parameter names mean nothing to a client; list indexes and field names do.
     */
    private static String fieldOf(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) field.append('.');
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? parameter : field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
