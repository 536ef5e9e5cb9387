package org.chargeback.ingestion.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "CostTotal", description = "Sums at the provider's full precision, in one billing currency")
public record CostTotal(
        @Schema(example = "USD") String billingCurrency,
        @Schema(example = "1234.56789012") BigDecimal billedCost,
        @Schema(example = "1100.5") BigDecimal effectiveCost,
        long rowCount) {
}
