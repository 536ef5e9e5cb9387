package org.chargeback.ingestion.cost;

import org.chargeback.support.problem.ProblemError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything wrong with a file. Errors (what cannot be read or cannot be true) reject it; deviations (a readable
 * value that breaks a spec rule, normalised where unambiguous) are warnings, or errors in strict mode. All are
 * counted; the first {@code limit} errors and the first rows of each warning kind are kept for the answer.
 */
final class ImportFindings {

    private static final int ROWS_PER_WARNING = 10;

    private final int limit;
    private final boolean strict;
    private final List<ProblemError> keptErrors = new ArrayList<>();
    private long errorCount;
    private final Map<String, Warning> warnings = new LinkedHashMap<>();

    ImportFindings(int limit, boolean strict) {
        this.limit = limit;
        this.strict = strict;
    }

    void error(long row, String column, String value, String rule) {
        errorCount++;
        if (keptErrors.size() < limit) {
            keptErrors.add(ProblemError.cell(row, column, value, rule));
        }
    }

    /** A spec deviation of a kind (e.g. {@code zone-less-date-time}); a warning, or an error when strict. */
    void deviation(String kind, String rule, long row, String column, String value) {
        if (strict) {
            error(row, column, value, rule + " (strict import)");
            return;
        }
        Warning w = warnings.computeIfAbsent(kind, k -> new Warning(kind, rule, column, value));
        w.count++;
        if (w.firstRows.size() < ROWS_PER_WARNING) {
            w.firstRows.add(row);
        }
    }

    boolean hasErrors() {
        return errorCount > 0;
    }

    long errorCount() {
        return errorCount;
    }

    List<ProblemError> errors() {
        return keptErrors;
    }

    List<CostImportView.ImportWarning> warnings() {
        return warnings.values().stream()
                .map(w -> new CostImportView.ImportWarning(w.kind, w.rule, w.count, List.copyOf(w.firstRows), w.column, w.example))
                .toList();
    }

    private static final class Warning {
        final String kind;
        final String rule;
        final String column;
        final String example;
        final List<Long> firstRows = new ArrayList<>();
        long count;

        Warning(String kind, String rule, String column, String example) {
            this.kind = kind;
            this.rule = rule;
            this.column = column;
            this.example = example;
        }
    }
}
