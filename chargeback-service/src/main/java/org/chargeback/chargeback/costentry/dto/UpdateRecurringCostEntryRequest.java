package org.chargeback.chargeback.costentry.dto;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Months;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** Body of {@code PUT /v1/recurring-cost-entries/{code}}: the whole next version. The code is the URL's. */
@Schema(name = "UpdateRecurringCostEntryRequest",
        description = "The next version of a recurring cost entry, in force from its fromMonth")
public record UpdateRecurringCostEntryRequest(
        @Schema(description = "Must be the entry's code if sent (codes never change)", example = "support-copilot")
        String code,
        @Schema(description = "Code of a registered business unit", example = "support", required = true)
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String businessUnit,
        @Schema(description = "Code of one of the business unit's use cases, if any", example = "ticket-resolution")
        @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String useCase,
        @Schema(example = "Microsoft 365 Copilot seats", required = true) @NotBlank @Size(max = 500)
        String description,
        @Schema(description = "Seats, more than 0", example = "150", required = true)
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
        @Digits(integer = 18, fraction = 12)
        BigDecimal quantity,
        @Schema(description = "Price of one seat a month, 0 or more, full precision (up to 12 decimals)",
                example = "30.00", required = true)
        @NotNull @DecimalMin(value = "0", message = "must be 0 or more") @Digits(integer = 18, fraction = 12)
        BigDecimal unitPrice,
        @Schema(description = "ISO 4217; must be the reporting currency (chargeback.currency)", example = "USD",
                required = true, pattern = "[A-Z]{3}")
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as EUR or USD")
        String currency,
        @Schema(description = "Default: the current version's", example = "VENDOR_AND_API")
        BudgetCategory budgetCategory,
        @Schema(description = "Default: the current version's", example = "EMBEDDED")
        WorkloadCategory workloadCategory,
        @Schema(description = "First month this version is in force, YYYY-MM", example = "2026-12", required = true)
        @NotNull @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String fromMonth,
        @Schema(description = "Last month charged (inclusive), YYYY-MM; omit for open-ended. Ends the entry: "
                + "earlier versions do not come back after it", example = "2027-09")
        @Pattern(regexp = Months.PATTERN, message = Months.MESSAGE)
        String toMonth,
        @Schema(example = "finops@example.com", required = true) @NotBlank @Size(max = 200)
        String enteredBy) {
}
