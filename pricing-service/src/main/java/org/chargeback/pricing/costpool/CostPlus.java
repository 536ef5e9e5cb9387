package org.chargeback.pricing.costpool;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * How a cost-plus unit rate came about, shown on the quote: the cost part (the pool's cost of the month shared over
 * the product's units of the month) and the markup part. Exact, not rounded.
 */
@Schema(name = "CostPlus", description = "Cost-plus only: the two parts of the unit rate. unitRate = costPerUnit + "
        + "markupPerUnit, costPerUnit = poolCost / monthUnits, markupPerUnit = costPerUnit x markup")
public record CostPlus(
        @Schema(description = "The cost pool of the price version", example = "tag:use-case=support-bot") String costPool,
        @Schema(description = "The billing period whose costs and usage were used", example = "2026-10") String month,
        @Schema(description = "EffectiveCost of the pool in the month (ingestion-service cost summary)",
                example = "4505.00") BigDecimal poolCost,
        @Schema(description = "Units of the product used in the month by every business unit (ingestion-service "
                + "usage summary)", example = "10000") BigDecimal monthUnits,
        @Schema(description = "poolCost / monthUnits (34 significant digits)", example = "0.4505") BigDecimal costPerUnit,
        @Schema(description = "The version's markup, 0.20 = 20 %", example = "0.20") BigDecimal markup,
        @Schema(description = "costPerUnit x markup", example = "0.0901") BigDecimal markupPerUnit,
        @Schema(description = "costPerUnit + markupPerUnit: the quote's unit rate", example = "0.5406") BigDecimal unitRate) {
}
