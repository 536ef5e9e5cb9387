package org.chargeback.chargeback.budget;

import java.math.BigDecimal;
import java.time.Instant;

/** AI spend of a business unit kept between floor and ceiling percent of one of its business metrics, monthly. */
public record Corridor(String businessUnit, String metric, BigDecimal floorPercent, BigDecimal ceilingPercent,
                       String createdBy, Instant createdAt) {
}
