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

    static final String EVENTS_NDJSON = """
            {"eventId": "sb-2026-10-01-000001", "businessUnit": "customer-support", "useCase": "support-bot", "product": "support-resolution", "quantity": 1, "occurredAt": "2026-10-01T09:30:00Z", "attributes": {"model": "gpt-4o-mini", "channel": "chat"}}
            {"eventId": "ds-2026-10-01-000001", "businessUnit": "legal", "useCase": "contract-review", "product": "document-summary", "quantity": 3, "occurredAt": "2026-10-01T10:00:00+02:00"}
            """;

    static final String EVENTS_CSV = """
            eventId,businessUnit,useCase,product,quantity,occurredAt,attributes
            sb-2026-10-01-000001,customer-support,support-bot,support-resolution,1,2026-10-01T09:30:00Z,"{""model"": ""gpt-4o-mini"", ""channel"": ""chat""}"
            ds-2026-10-01-000001,legal,contract-review,document-summary,3,2026-10-01T10:00:00+02:00,
            """;

    static final String RESULT = """
            {"accepted": 2, "duplicates": 0, "rejected": 0, "late": 0}
            """;

    static final String PARTIAL_RESULT = """
            {"accepted": 1, "duplicates": 0, "rejected": 1, "late": 0,
             "errors": [{"field": "[1].quantity", "value": "-2", "message": "must be greater than 0"}]}
            """;

    static final String RETRACT = """
            {"reason": "Test traffic from the staging bot"}
            """;

    static final String RETRACTION = """
            {"eventId": "sb-2026-10-01-000001", "reason": "Test traffic from the staging bot",
             "retractedAt": "2026-11-03T08:15:00Z", "businessUnit": "customer-support", "useCase": "support-bot",
             "product": "support-resolution", "quantity": 1, "occurredAt": "2026-10-01T09:30:00Z"}
            """;

    static final String CLOSED_MONTH = """
            {"month": "2026-10", "closedAt": "2026-11-02T09:00:00Z"}
            """;

    static final String LATE = """
            {"month": "2026-10", "events": [{"eventId": "sb-2026-10-31-009999", "businessUnit": "customer-support",
              "useCase": "support-bot", "product": "support-resolution", "quantity": 1,
              "occurredAt": "2026-10-31T23:59:00Z", "receivedAt": "2026-11-03T07:00:00Z"}],
             "totals": {"quantity": 1, "eventCount": 1}, "truncated": false}
            """;

    static final String INVALID = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "1 of 2 event(s) are invalid; nothing was stored (send ?partial=accept to store the valid ones)",
             "instance": "/v1/usage-events", "totalErrors": 1, "rejected": 1,
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
                         "quantity": 41250, "eventCount": 41250,
                         "tokensIn": 74250000, "tokensOut": 14437500, "tokenEventCount": 41250, "tokenQuantity": 41250},
                        {"dimensions": {"businessUnit": "customer-support", "product": "voice-minute"},
                         "quantity": 120, "eventCount": 12,
                         "tokensIn": 0, "tokensOut": 0, "tokenEventCount": 0, "tokenQuantity": 0}],
             "totals": {"quantity": 41370, "eventCount": 41262,
                        "tokensIn": 74250000, "tokensOut": 14437500, "tokenEventCount": 41250, "tokenQuantity": 41250},
             "unmatched": [{"dimension": "product", "value": "voice-minute", "quantity": 120, "eventCount": 12}],
             "productsChecked": true}
            """;

    static final String EVENT_PAGE = """
            {"month": "2026-10",
             "events": [{"eventId": "sb-2026-10-01-000001", "businessUnit": "customer-support", "useCase": "support-bot",
                         "product": "support-resolution", "quantity": 1, "occurredAt": "2026-10-01T09:30:00Z",
                         "attributes": {"channel": "chat", "model": "gpt-4o-mini", "tokensIn": 1200, "tokensOut": 350},
                         "receivedAt": "2026-10-01T09:30:02.114Z", "late": false, "retracted": false,
                         "retractedAt": null, "retractionReason": null},
                        {"eventId": "sb-2026-10-01-000002", "businessUnit": "customer-support", "useCase": "support-bot",
                         "product": "support-resolution", "quantity": 1, "occurredAt": "2026-10-01T09:31:00Z",
                         "attributes": null, "receivedAt": "2026-10-01T09:31:01.020Z", "late": false, "retracted": true,
                         "retractedAt": "2026-11-03T08:15:00Z", "retractionReason": "Test traffic from the staging bot"}],
             "nextCursor": "MjAyNi0xMC0wMVQwOTozMTowMFp8c2ItMjAyNi0xMC0wMS0wMDAwMDI"}
            """;

    static final String INVALID_LIMIT = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "limit must be a whole number from 1 to 1000", "instance": "/v1/usage-events",
             "errors": [{"field": "limit", "value": "5000", "message": "must be a whole number from 1 to 1000"}]}
            """;
}
