package org.chargeback.ingestion.cost;

import org.chargeback.support.problem.ProblemError;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a file: counts them all, keeps the first {@code limit} for the response. */
final class ImportErrors {

    private final int limit;
    private final List<ProblemError> kept = new ArrayList<>();
    private long total;

    ImportErrors(int limit) {
        this.limit = limit;
    }

    void add(long row, String column, String value, String rule) {
        total++;
        if (kept.size() < limit) {
            kept.add(ProblemError.cell(row, column, value, rule));
        }
    }

    boolean any() {
        return total > 0;
    }

    long total() {
        return total;
    }

    List<ProblemError> kept() {
        return kept;
    }
}
