package org.chargeback.ingestion.usage;

import org.chargeback.support.problem.ProblemError;

import java.util.ArrayList;
import java.util.List;

/** The problems of one request: all counted, the first {@code max} kept to report. */
final class UsageErrors {

    private final int max;
    private final List<ProblemError> kept = new ArrayList<>();
    private long total;
    private long rejectedEvents;
    private boolean unreadable;

    UsageErrors(int max) {
        this.max = max;
    }

    void add(ProblemError error) {
        total++;
        if (kept.size() < max) {
            kept.add(error);
        }
    }

    void countRejectedEvent() {
        rejectedEvents++;
    }

    /** The body itself could not be read to the end (malformed JSON or CSV, a bad header): nothing can be stored. */
    void markUnreadable() {
        unreadable = true;
    }

    boolean unreadable() {
        return unreadable;
    }

    boolean any() {
        return total > 0;
    }

    long total() {
        return total;
    }

    long rejectedEvents() {
        return rejectedEvents;
    }

    List<ProblemError> kept() {
        return List.copyOf(kept);
    }
}
