package org.chargeback.chargeback.forecast.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "LlmCostView", description = "The monthly cost projection (buffer included) and the routing what-if")
public record LlmCostView(String currency, BigDecimal bufferPercent, BigDecimal costPerRequest,
                          BigDecimal cheaperCostPerRequest, BigDecimal routedSharePercent, List<Month> months,
                          BigDecimal total, BigDecimal routedTotal, BigDecimal savingTotal) {

    @Schema(name = "LlmCostMonth", description = "cost without buffer, bufferedCost = the projection; routedCost and "
            + "saving only with a routing what-if")
    public record Month(int month, BigDecimal users, BigDecimal requests, BigDecimal cost, BigDecimal bufferedCost,
                        BigDecimal routedCost, BigDecimal saving) {
    }
}
