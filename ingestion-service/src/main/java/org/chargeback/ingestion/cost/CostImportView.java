package org.chargeback.ingestion.cost;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "CostImport", description = "An accepted FOCUS file: what was stored, with its totals per billing currency")
public record CostImportView(
        UUID id,
        @Schema(description = "SHA-256 of the exact bytes received; the same bytes again return this import")
        String sha256,
        String fileName,
        @Schema(description = "FOCUS version the header matches", example = "1.2")
        String focusVersion,
        long rowCount,
        Instant importedAt,
        List<CostTotal> totals) {
}
