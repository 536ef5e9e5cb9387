package org.chargeback.ingestion.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CostImport", description = "A FOCUS file import: what was stored, its scopes and revisions, totals per billing currency and warnings")
public record CostImportView(
        UUID id,
        @Schema(description = "RUNNING while rows are being stored (rowCount = rows so far), COMPLETED once committed")
        String status,
        @Schema(description = "SHA-256 of the exact bytes received; the same bytes again return this import")
        String sha256,
        String fileName,
        @Schema(description = "csv, csv+gzip or parquet")
        String format,
        @Schema(description = "FOCUS version the header matches", example = "1.2")
        String focusVersion,
        @Schema(description = "True when the import ran with strict=true (every deviation an error)")
        boolean strict,
        long rowCount,
        Instant importedAt,
        List<CostTotal> totals,
        @Schema(description = "One per (BillingAccountId, BillingPeriodStart) the file covers: the revision this import made, and whether it is still the current one")
        List<ScopeRevision> scopes,
        @Schema(description = "Spec deviations that were normalised or kept (non-strict imports): kind, rule, count and the first rows")
        List<ImportWarning> warnings) {

    @Schema(name = "CostScopeRevision")
    public record ScopeRevision(
            @Schema(example = "123456789012") String billingAccountId,
            @Schema(description = "Billing period (month of BillingPeriodStart)", example = "2026-10") String billingPeriod,
            Instant billingPeriodStart,
            @Schema(description = "1 for the first import of the scope, +1 for each restatement", example = "2") int revision,
            long rowCount,
            @Schema(description = "False once a later import of the same scope superseded it") boolean current,
            Instant validFrom,
            Instant validTo) {
    }

    @Schema(name = "CostImportWarning")
    public record ImportWarning(
            @Schema(example = "zone-less-date-time") String kind,
            @Schema(example = "date-time without a zone; read as UTC as FOCUS defines") String rule,
            long count,
            @Schema(description = "The first rows (header = 1) where it occurs") List<Long> firstRows,
            String column,
            @Schema(description = "The first value seen") String example) {
    }
}
