package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.allocation.CostGroup;

import java.math.BigDecimal;

/**
 * One cost group (ingestion summary group) behind a provider line, and the share of it the line received: the first
 * step of an auditor's drill-down from a line to the FOCUS rows.
 */
public record LineCostSource(CostGroup group, BigDecimal billedCost, BigDecimal effectiveCost) {
}
