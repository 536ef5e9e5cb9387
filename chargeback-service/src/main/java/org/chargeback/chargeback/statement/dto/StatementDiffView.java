package org.chargeback.chargeback.statement.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A statement version against the one it restates, line by line (matched by description). */
@Schema(name = "StatementDiff")
public record StatementDiffView(UUID statementId, int version, UUID previousStatementId, Integer previousVersion,
                                BigDecimal showbackBefore, BigDecimal showbackAfter, List<LineChange> lines) {

    @Schema(name = "StatementLineChange")
    public record LineChange(
            @Schema(example = "CHANGED", enumeration = {"ADDED", "REMOVED", "CHANGED"}) String change,
            String kind, String description, BigDecimal amountBefore, BigDecimal amountAfter, BigDecimal delta) {
    }
}
