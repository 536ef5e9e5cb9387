package org.chargeback.chargeback.businessunit.dto;

import org.chargeback.chargeback.businessunit.UseCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;

/** A use case of a business unit. */
@Schema(name = "UseCaseView")
public record UseCaseView(
        @Schema(example = "support") String businessUnit,
        @Schema(example = "ticket-resolution") String code,
        @Schema(example = "AI ticket resolution") String name,
        @Schema(description = "Outcome product code (pricing-service)", example = "ai-resolution") String product,
        @Schema(description = "Business value of one unit of the product; null when not declared", example = "4.50")
        BigDecimal valuePerUnit,
        @Schema(description = "Currency of valuePerUnit", example = "USD") String valueCurrency,
        Instant createdAt) {

    public static UseCaseView from(UseCase u) {
        return new UseCaseView(u.businessUnit(), u.code(), u.name(), u.product(), u.valuePerUnit(),
                u.valueCurrency(), u.createdAt());
    }
}
