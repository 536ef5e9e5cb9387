package org.chargeback.chargeback.forecast.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@Schema(name = "ForecastView", description = "A forecast version: its assumptions and the figures they give")
public record ForecastView(String code, int version, String name, String businessUnit, String baseMonth,
                           int horizonMonths, BigDecimal baseMonthlyCost, String currency,
                           BigDecimal yearlyDeflationPercent, List<ForecastRequest.ScenarioSpec> scenarios,
                           String changedBy, String reason, Instant createdAt, List<MonthView> months,
                           TotalsView totals) {

    @Schema(name = "ForecastMonth", description = "constrained / base / growth = expected x 0.8 / 1 / 1.2")
    public record MonthView(String month, BigDecimal priceFactor, Map<String, BigDecimal> scenarios,
                            BigDecimal expected, BigDecimal constrained, BigDecimal base, BigDecimal growth) {
    }

    @Schema(name = "ForecastTotals")
    public record TotalsView(Map<String, BigDecimal> scenarios, BigDecimal expected, BigDecimal constrained,
                             BigDecimal base, BigDecimal growth) {
    }
}
