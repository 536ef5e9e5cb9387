package org.chargeback.chargeback.budget.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "CorridorStatusView", description = "A corridor in a month: the business unit's AI spend against "
        + "floor and ceiling of the metric it reported")
public record CorridorStatusView(String month, String businessUnit, String metric, BigDecimal floorPercent,
                                 BigDecimal ceilingPercent, BigDecimal metricValue, BigDecimal floorAmount,
                                 BigDecimal ceilingAmount, BigDecimal spend, BigDecimal spendPercent,
                                 @Schema(description = "BELOW_FLOOR, WITHIN, ABOVE_CEILING or NO_METRIC (not reported)")
                                 String status) {
}
