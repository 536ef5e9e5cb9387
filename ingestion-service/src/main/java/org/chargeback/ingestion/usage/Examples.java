package org.chargeback.ingestion.usage;

/** OpenAPI examples, kept as text so tests can reuse them. */
final class Examples {

    private Examples() {
    }

    static final String EVENTS = """
            [{"eventId": "sb-2026-10-01-000001", "businessUnit": "customer-support", "useCase": "support-bot",
              "product": "support-resolution", "quantity": 1, "occurredAt": "2026-10-01T09:30:00Z",
              "attributes": {"model": "gpt-4o-mini", "channel": "chat", "tokensIn": 1200, "tokensOut": 350}},
             {"eventId": "ds-2026-10-01-000001", "businessUnit": "legal", "useCase": "contract-review",
              "product": "document-summary", "quantity": 3, "occurredAt": "2026-10-01T10:00:00+02:00"}]
            """;

    static final String RESULT = """
            {"accepted": 2, "duplicates": 0, "rejected": 0}
            """;

    static final String INVALID = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "[1].quantity must be greater than 0", "instance": "/v1/usage-events",
             "errors": [{"field": "[1].quantity", "value": "-2", "message": "must be greater than 0"}]}
            """;

    static final String CONFLICT = """
            {"type": "/problems/usage-event-conflict", "title": "An event id is already used by another event",
             "status": 409, "detail": "1 event id(s) already stored with different content; nothing was stored",
             "instance": "/v1/usage-events",
             "errors": [{"field": "[0].eventId", "value": "sb-2026-10-01-000001", "message": "is already stored with different content"}]}
            """;

    static final String SUMMARY = """
            {"month": "2026-10", "groupBy": ["businessUnit", "product"],
             "groups": [{"dimensions": {"businessUnit": "customer-support", "product": "support-resolution"},
                         "quantity": 41250, "eventCount": 41250}],
             "totals": {"quantity": 41250, "eventCount": 41250}}
            """;
}
