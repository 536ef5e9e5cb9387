package org.chargeback.chargeback.statement.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a statement line was computed from: the cost groups (ingestion summary groups: every dimension the run
 * grouped by, with the share this line received) or the usage events behind it, and the versions in force.
 */
@Schema(name = "StatementLineSources")
public record LineSourcesView(
        UUID statementId,
        int lineNumber,
        @Schema(example = "SHOWBACK") String kind,
        @Schema(example = "2026-10") String month,
        @Schema(description = "Allocation rule version that decided (cost lines)") String ruleCode,
        Integer ruleVersion,
        @Schema(description = "pricing-service price version (chargeback lines)") String priceVersionId,
        @Schema(description = "Cost scope revisions the run read (billingAccountId/billingPeriod -> revision)")
        Map<String, Long> scopeRevisions,
        @Schema(description = "Cost groups behind a cost line, largest share first") List<CostGroupView> costGroups,
        @Schema(description = "First page of the usage events behind a chargeback line (ingestion-service)")
        List<Map<String, Object>> usageEvents,
        @Schema(description = "Resume the event listing with GET {ingestion}/v1/usage-events?after=<this> and the "
                + "same filters; null when complete") String usageEventsNextCursor,
        @Schema(description = "The ingestion-service queries that list the raw data behind this line")
        List<String> drillDown) {

    @Schema(name = "StatementLineCostGroup")
    public record CostGroupView(
            @Schema(description = "FOCUS dimension values of the group", example = "{\"serviceName\": \"Amazon Bedrock\"}")
            Map<String, String> dimensions,
            @Schema(description = "The share of the group's BilledCost this line received, exact") BigDecimal billedCost,
            BigDecimal effectiveCost,
            @Schema(description = "The whole group's BilledCost") BigDecimal groupBilledCost,
            @Schema(description = "FOCUS rows in the group") long rowCount) {
    }
}
