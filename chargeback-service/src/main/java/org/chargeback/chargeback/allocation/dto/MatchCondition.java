package org.chargeback.chargeback.allocation.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import org.chargeback.chargeback.allocation.RuleCondition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One condition of an allocation rule. */
@Schema(name = "MatchCondition", description = "The cost's value of dimension equals the value exactly")
public record MatchCondition(
        @Schema(description = "billingAccountId, subAccountId, serviceName, serviceCategory, chargeCategory, "
                + "publisherName, skuId, tag:<key> or x_<column>", example = "tag:team", required = true)
        @NotBlank
        String dimension,
        @Schema(description = "Exact value (case and spaces count); null matches costs without the value",
                example = "support", nullable = true)
        @JsonProperty("equals") @JsonInclude(JsonInclude.Include.ALWAYS)
        String value) {

    public static MatchCondition from(RuleCondition condition) {
        return new MatchCondition(condition.dimension(), condition.value());
    }

    public RuleCondition toCondition() {
        return new RuleCondition(dimension, value);
    }
}
