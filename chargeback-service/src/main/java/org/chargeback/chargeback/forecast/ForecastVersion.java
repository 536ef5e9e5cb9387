package org.chargeback.chargeback.forecast;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** The assumptions of one version of a forecast; the figures are computed from them (ForecastCalculator). */
public record ForecastVersion(String code, int version, String name, String businessUnit, YearMonth baseMonth,
                              int horizonMonths, BigDecimal baseMonthlyCost, String currency,
                              BigDecimal yearlyDeflationPercent, List<ForecastCalculator.Scenario> scenarios,
                              String changedBy, String reason, Instant createdAt) {
}
