package org.chargeback.ingestion.usage;

import org.chargeback.support.problem.ProblemException;

/** The body formats {@code POST /v1/usage-events} reads, by Content-Type. */
enum UsageFormat {
    /** {@code application/json}: an array of events, or one event object. */
    JSON,
    /** {@code application/x-ndjson}: one event object per line. */
    NDJSON,
    /** {@code text/csv}: a header row naming the fields, then one event per row; attributes as a JSON text. */
    CSV;

    static final String NDJSON_TYPE = "application/x-ndjson";

    static UsageFormat of(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "application/json", "" -> JSON;
            case NDJSON_TYPE, "application/jsonl", "application/json-seq" -> NDJSON;
            case "text/csv" -> CSV;
            default -> throw new ProblemException(415, "unsupported-media-type", "Unsupported media type",
                    "Send application/json, application/x-ndjson or text/csv, not " + contentType);
        };
    }
}
