package org.chargeback.chargeback.forecast.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /v1/forecasts} (with {@code code}) and of a reforecast {@code PUT /v1/forecasts/{code}}. */
@Schema(name = "ForecastRequest", description = "The assumptions of a scenario forecast")
public record ForecastRequest(
        @Schema(example = "support-ai-2027", description = "Required on POST; on PUT optional, must match the path")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
        @Schema(required = true, example = "Support AI spend, FY2027") @NotBlank @Size(max = 200) String name,
        @Schema(example = "support", description = "A registered business unit; omit for the whole company")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String businessUnit,
        @Schema(required = true, example = "2026-12", description = "Last month with actuals; month 1 is the next")
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE) String baseMonth,
        @Schema(required = true, example = "12") @NotNull @Min(1) @Max(60) Integer horizonMonths,
        @Schema(required = true, example = "10000.00", description = "Today's monthly cost at baseline usage")
        @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6) BigDecimal baseMonthlyCost,
        @Schema(required = true, example = "USD") @NotNull
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD") String currency,
        @Schema(example = "25", description = "Yearly price deflation in percent, compounded monthly; default 25")
        @DecimalMin("0") @DecimalMax(value = "100", inclusive = false) BigDecimal yearlyDeflationPercent,
        @Schema(description = "Demand scenarios with probabilities adding up to 1; default baseline 1x 0.6, "
                + "expansion 2x 0.3, breakthrough 3x 0.1")
        @Valid @Size(min = 1, max = 10) List<ScenarioSpec> scenarios,
        @Schema(required = true, example = "fpa@example.com") @NotBlank @Size(max = 200) String changedBy,
        @Schema(example = "Q1 reforecast after the claims launch") @Size(max = 500) String reason) {

    @Schema(name = "ForecastScenario")
    public record ScenarioSpec(
            @Schema(example = "expansion") @NotBlank @Size(max = 64) String name,
            @Schema(example = "2") @NotNull @PositiveOrZero BigDecimal usageMultiplier,
            @Schema(example = "0.3") @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal probability) {
    }
}
