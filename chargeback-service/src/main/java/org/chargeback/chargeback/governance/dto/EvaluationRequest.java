package org.chargeback.chargeback.governance.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /v1/governance/evaluations}. */
@Schema(name = "EvaluationRequest")
public record EvaluationRequest(
        @Schema(required = true, example = "2026-11", description = "Evaluate every budget whose period contains it")
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String month) {
}
