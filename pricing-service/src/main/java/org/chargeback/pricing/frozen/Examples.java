package org.chargeback.pricing.frozen;

/** OpenAPI examples, kept as text so tests can reuse them. */
final class Examples {

    private Examples() {
    }

    static final String FROZEN_MONTHS = """
            [{"month": "2026-09", "frozenAt": "2026-10-03T08:00:00Z", "frozenBy": "chargeback-service"},
             {"month": "2026-10", "frozenAt": "2026-11-02T08:00:00Z", "frozenBy": "chargeback-service"}]""";
}
