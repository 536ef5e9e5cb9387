package org.chargeback.support.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client-caused failure that becomes an application/problem+json response. Services throw it (or a subclass
 * naming the business rule); resources never build error responses themselves.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public ProblemException(int status, String typeSlug, String title, String detail) {
        this(status, typeSlug, title, detail, List.of());
    }

    public ProblemException(int status, String typeSlug, String title, String detail, List<ProblemError> errors) {
        super(detail);
        this.status = status;
        this.type = "/problems/" + typeSlug;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, String key) {
        return new ProblemException(404, "not-found", "Not found", what + " '" + key + "' does not exist");
    }

    public static ProblemException invalid(String detail, List<ProblemError> errors) {
        return new ProblemException(400, "invalid-request", "The request is invalid", detail, errors);
    }

    public static ProblemException invalidField(String field, String value, String message) {
        return invalid(field + " " + message, List.of(ProblemError.field(field, value, message)));
    }

    /** Adds a top-level extension member to the problem document (for example {@code totalErrors}). */
    public ProblemException with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors.isEmpty() ? null : errors,
                extensions.isEmpty() ? null : Map.copyOf(extensions));
    }
}
