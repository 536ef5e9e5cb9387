package org.chargeback.chargeback.budget.dto;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code POST /v1/business-metrics}. */
@Schema(name = "BusinessMetricRequest", description = "A figure a business unit reports for a month")
public record BusinessMetricRequest(
        @Schema(required = true, example = "support") @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String businessUnit,
        @Schema(required = true, example = "2026-10") @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String month,
        @Schema(required = true, example = "digital-transaction-revenue") @NotNull
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String metric,
        @Schema(required = true, example = "1250000.00") @NotNull @PositiveOrZero @Digits(integer = 18, fraction = 6)
        BigDecimal value,
        @Schema(required = true, example = "USD", description = "The reporting currency")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD")
        String currency,
        @Schema(required = true, example = "finance-support@example.com") @NotBlank @Size(max = 200)
        String reportedBy) {
}
