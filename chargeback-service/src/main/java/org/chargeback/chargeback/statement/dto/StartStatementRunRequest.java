package org.chargeback.chargeback.statement.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks for the statements of one month to be (re)built. */
@Schema(name = "StartStatementRunRequest")
public record StartStatementRunRequest(
        @Schema(description = "Billing month, YYYY-MM (UTC)", example = "2026-10", required = true)
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String month) {
}
