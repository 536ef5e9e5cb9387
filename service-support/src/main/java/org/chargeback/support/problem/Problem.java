package org.chargeback.support.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document: what went wrong, in words a client can act on, and where (the {@code errors}).
 * Extension members (for example {@code totalErrors}) are written at the top level, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json).")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", example = "/problems/invalid-request")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "The request is invalid")
        String title,
        @Schema(description = "HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong in this request", example = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path", example = "/v1/products")
        String instance,
        @Schema(description = "Each problem found, with where it is")
        List<ProblemError> errors,
        @Schema(hidden = true)
        Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    public Map<String, Object> jsonExtensions() {
        return extensions == null ? Map.of() : extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
