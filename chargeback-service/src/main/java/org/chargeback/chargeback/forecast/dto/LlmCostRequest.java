package org.chargeback.chargeback.forecast.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /v1/forecasts/llm-cost}. */
@Schema(name = "LlmCostRequest", description = "Usage and prices of an LLM feature, to a monthly cost projection")
public record LlmCostRequest(
        @Schema(required = true, example = "1000") @NotNull @PositiveOrZero BigDecimal inputTokensPerRequest,
        @Schema(required = true, example = "500") @NotNull @PositiveOrZero BigDecimal outputTokensPerRequest,
        @Schema(required = true, example = "5") @NotNull @PositiveOrZero BigDecimal requestsPerSession,
        @Schema(required = true, example = "20") @NotNull @PositiveOrZero BigDecimal sessionsPerUserPerMonth,
        @Schema(required = true, description = "Users per month, month 1 first: the growth curve",
                example = "[1000, 1500, 2000]")
        @NotEmpty @Size(max = 60) List<@NotNull @PositiveOrZero BigDecimal> userCurve,
        @Schema(required = true, example = "2.50") @NotNull @PositiveOrZero BigDecimal inputPricePerMillion,
        @Schema(required = true, example = "10.00") @NotNull @PositiveOrZero BigDecimal outputPricePerMillion,
        @Schema(required = true, example = "USD") @NotNull
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD") String currency,
        @Schema(example = "30", description = "Buffer in percent for retries, prompt growth and spikes, 30 to 50; default 30")
        @DecimalMin("30") @DecimalMax("50") BigDecimal bufferPercent,
        @Schema(description = "Routing what-if: a share of requests to a cheaper model") @Valid Routing routing) {

    @Schema(name = "LlmRouting")
    public record Routing(
            @Schema(required = true, example = "60") @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal sharePercent,
            @Schema(required = true, example = "0.15") @NotNull @PositiveOrZero BigDecimal inputPricePerMillion,
            @Schema(required = true, example = "0.60") @NotNull @PositiveOrZero BigDecimal outputPricePerMillion) {
    }
}
