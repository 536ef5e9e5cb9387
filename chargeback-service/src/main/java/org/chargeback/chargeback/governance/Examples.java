package org.chargeback.chargeback.governance;

/** OpenAPI examples of governance events, decisions, evaluations and webhook deliveries; checked by ExamplesTest. */
final class Examples {

    private Examples() {
    }

    static final String EVENT_ID = "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7";

    static final String EVENT = """
            {
              "id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
              "budgetId": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01",
              "budgetScope": "support / 2026-Q4",
              "businessUnit": "support",
              "useCase": null,
              "budgetCategory": null,
              "period": "2026-Q4",
              "level": "ALERT",
              "basis": "ACTUAL",
              "thresholdPercent": 80,
              "percent": 80.00,
              "actual": 20400.00,
              "projected": 34123.64,
              "governedAmount": 25500.00,
              "currency": "USD",
              "evaluatedThrough": "2026-11-24",
              "state": "ACKNOWLEDGED",
              "raisedAt": "2026-11-24T06:00:00Z",
              "raisedBy": "statement-run",
              "acknowledgedAt": "2026-11-24T09:12:00Z",
              "acknowledgedBy": "owner-support@example.com",
              "acknowledgeReason": "Seen; the claims channel went live early",
              "decidedAt": null,
              "decidedBy": null,
              "decisionReason": null,
              "kind": "BUDGET",
              "metric": null,
              "month": null,
              "corridorStatus": null,
              "metricValue": null
            }
            """;

    static final String EVENT_LIST = "[" + EVENT + "]";

    static final String ACKNOWLEDGE = """
            {"by": "owner-support@example.com", "reason": "Seen; the claims channel went live early"}
            """;

    static final String APPROVE = """
            {"by": "cfo@example.com", "reason": "Volume is from the new claims channel; approved for Q4"}
            """;

    static final String EVALUATION_REQUEST = """
            {"month": "2026-11"}
            """;

    static final String EVALUATION = "{\"month\": \"2026-11\", \"evaluatedBudgets\": 3, \"raised\": [" + EVENT + "]}";

    static final String DELIVERIES = """
            [{
              "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
              "eventId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
              "url": "https://hooks.example.com/finops",
              "attempts": 2,
              "nextAttemptAt": null,
              "lastAttemptAt": "2026-11-24T06:01:00Z",
              "lastError": null,
              "deliveredAt": "2026-11-24T06:01:00Z",
              "createdAt": "2026-11-24T06:00:00Z"
            }]
            """;

    static final String PROBLEM_EVENT_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Governance event '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7' does not exist",
             "instance": "/v1/governance/events/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"}
            """;

    static final String PROBLEM_INVALID_TRANSITION = """
            {"type": "/problems/invalid-event-transition", "title": "Event cannot move this way", "status": 409,
             "detail": "Governance event 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7 is RAISED; only a ACKNOWLEDGED event can become APPROVED (raised -> acknowledged -> approved or rejected)",
             "instance": "/v1/governance/events/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7/approval", "state": "RAISED"}
            """;

    static final String PROBLEM_INVALID_DECISION = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "reason must not be blank", "instance": "/v1/governance/events/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7/approval",
             "errors": [{"field": "reason", "message": "must not be blank"}]}
            """;

    static final String PROBLEM_INVALID_STATE = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "state must be RAISED, ACKNOWLEDGED, APPROVED or REJECTED", "instance": "/v1/governance/events",
             "errors": [{"field": "state", "value": "OPEN", "message": "must be RAISED, ACKNOWLEDGED, APPROVED or REJECTED"}]}
            """;

    static final String PROBLEM_INVALID_MONTH = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "month must be a month as YYYY-MM", "instance": "/v1/governance/evaluations",
             "errors": [{"field": "month", "value": "2026-13", "message": "must be a month as YYYY-MM"}]}
            """;

    /** What issuing answers for a period over its approval threshold (documented on the statements resource too). */
    static final String PROBLEM_APPROVAL_REQUIRED = """
            {"type": "/problems/approval-required", "title": "Executive approval required", "status": 409,
             "detail": "Budget 0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01 (support / 2026-Q4) is at 112.00 % of 25500.00 USD, at or above its approval threshold of 110 %; governance event 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7 is RAISED: acknowledge and approve it (POST /v1/governance/events/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7/acknowledgement, then /approval) before issuing",
             "instance": "/v1/statements/6f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f/issue",
             "governanceEventId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
             "budgetId": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01", "state": "RAISED"}
            """;
}
