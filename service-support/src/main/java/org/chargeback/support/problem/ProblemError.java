package org.chargeback.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a request, and where: a JSON field (as a path such as {@code [3].quantity}), or a row and
 * column of an uploaded file (row numbers as a spreadsheet shows them: the header is row 1).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ProblemError", description = "One problem and where it is")
public record ProblemError(
        @Schema(description = "Field path in the request body or query", example = "quantity")
        String field,
        @Schema(description = "Row number in an uploaded file, header = 1", example = "7")
        Long row,
        @Schema(description = "Column name in an uploaded file", example = "BilledCost")
        String column,
        @Schema(description = "The offending value, as sent", example = "12,50")
        String value,
        @Schema(description = "The rule that was broken", example = "must be a decimal number")
        String message) {

    public static ProblemError field(String field, String value, String message) {
        return new ProblemError(field, null, null, value, message);
    }

    public static ProblemError cell(long row, String column, String value, String message) {
        return new ProblemError(null, row, column, value, message);
    }
}
