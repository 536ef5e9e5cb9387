package org.chargeback.chargeback.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A figure a business unit reports for a month (e.g. digital transaction revenue): what corridors measure against. */
public record BusinessMetric(String businessUnit, YearMonth month, String metric, BigDecimal value, String currency,
                             String reportedBy, Instant reportedAt) {
}
