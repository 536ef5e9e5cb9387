package org.chargeback.chargeback.allocation.dto;

import jakarta.validation.constraints.NotBlank;
import org.chargeback.chargeback.allocation.RuleShare;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** A participant of a shared allocation. */
@Schema(name = "ShareSpec")
public record ShareSpec(
        @Schema(description = "A registered business unit code", example = "legal", required = true)
        @NotBlank
        String businessUnit,
        @Schema(description = "FIXED only (then required): its percentage; the shares' percentages add up to "
                + "exactly 100", example = "40", nullable = true)
        BigDecimal percent,
        @Schema(description = "Optional: one of the business unit's use cases", example = "contract-review",
                nullable = true)
        String useCase) {

    public static ShareSpec from(RuleShare share) {
        return new ShareSpec(share.businessUnit(), share.percent(), share.useCase());
    }

    public RuleShare toShare() {
        return new RuleShare(businessUnit, percent, useCase);
    }
}
