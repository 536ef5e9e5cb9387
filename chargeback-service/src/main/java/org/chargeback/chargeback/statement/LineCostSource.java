package org.chargeback.chargeback.statement;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One cost group (ingestion summary group) behind a provider showback line, and the share of it the line received:
 * the first step of an auditor's drill-down from a line to the FOCUS rows.
 */
public record LineCostSource(Map<String, String> dimensions, BigDecimal billedCost, BigDecimal effectiveCost,
                             BigDecimal groupBilledCost, long rowCount) {
}
