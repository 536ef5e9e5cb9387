package org.chargeback.chargeback.costentry;

/**
 * OpenAPI examples of manual and recurring cost entries, re-used by tests (ExamplesTest reads them into the requests
 * and views, so they cannot drift from the real shapes). One story: business unit "support" in October 2026.
 */
final class Examples {

    private Examples() {
    }

    static final String ENTRY_ID = "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a";
    static final String REVERSAL_ID = "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a";

    static final String CREATE_COST_ENTRY = """
            {"month": "2026-10", "businessUnit": "support", "useCase": "ticket-resolution",
             "budgetCategory": "TALENT", "workloadCategory": "PRODUCTION_INFERENCE", "amount": 18500.00,
             "currency": "USD", "description": "ML engineers, 25% of 2 FTE", "enteredBy": "finops@example.com"}
            """;

    static final String CREATE_CREDIT = """
            {"month": "2026-10", "businessUnit": "support", "budgetCategory": "VENDOR_AND_API",
             "workloadCategory": "EXPERIMENTAL", "amount": -250.00, "currency": "USD",
             "description": "Vendor goodwill credit for the September outage", "enteredBy": "finops@example.com"}
            """;

    static final String COST_ENTRY = """
            {
              "id": "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a",
              "month": "2026-10",
              "businessUnit": "support",
              "useCase": "ticket-resolution",
              "budgetCategory": "TALENT",
              "workloadCategory": "PRODUCTION_INFERENCE",
              "amount": 18500.00,
              "currency": "USD",
              "description": "ML engineers, 25% of 2 FTE",
              "enteredBy": "finops@example.com",
              "enteredAt": "2026-11-02T10:15:00Z",
              "reverses": null,
              "reason": null,
              "reversedBy": null
            }
            """;

    static final String REVERSE_COST_ENTRY = """
            {"reason": "Entered twice", "enteredBy": "finops@example.com"}
            """;

    static final String REVERSAL = """
            {
              "id": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a",
              "month": "2026-10",
              "businessUnit": "support",
              "useCase": "ticket-resolution",
              "budgetCategory": "TALENT",
              "workloadCategory": "PRODUCTION_INFERENCE",
              "amount": -18500.00,
              "currency": "USD",
              "description": "Reversal: ML engineers, 25% of 2 FTE",
              "enteredBy": "finops@example.com",
              "enteredAt": "2026-11-03T08:00:00Z",
              "reverses": "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a",
              "reason": "Entered twice",
              "reversedBy": null
            }
            """;

    static final String COST_ENTRY_LIST = """
            [
              {"id": "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a", "month": "2026-10", "businessUnit": "support",
               "useCase": "ticket-resolution", "budgetCategory": "TALENT", "workloadCategory": "PRODUCTION_INFERENCE",
               "amount": 18500.00, "currency": "USD", "description": "ML engineers, 25% of 2 FTE",
               "enteredBy": "finops@example.com", "enteredAt": "2026-11-02T10:15:00Z", "reverses": null,
               "reason": null, "reversedBy": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a"},
              {"id": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a", "month": "2026-10", "businessUnit": "support",
               "useCase": "ticket-resolution", "budgetCategory": "TALENT", "workloadCategory": "PRODUCTION_INFERENCE",
               "amount": -18500.00, "currency": "USD", "description": "Reversal: ML engineers, 25% of 2 FTE",
               "enteredBy": "finops@example.com", "enteredAt": "2026-11-03T08:00:00Z",
               "reverses": "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a", "reason": "Entered twice", "reversedBy": null}
            ]
            """;

    static final String CREATE_RECURRING = """
            {"code": "support-copilot", "businessUnit": "support", "description": "Microsoft 365 Copilot seats",
             "quantity": 120, "unitPrice": 30.00, "currency": "USD", "fromMonth": "2026-10",
             "enteredBy": "finops@example.com"}
            """;

    static final String UPDATE_RECURRING = """
            {"businessUnit": "support", "description": "Microsoft 365 Copilot seats", "quantity": 150,
             "unitPrice": 30.00, "currency": "USD", "fromMonth": "2026-12", "enteredBy": "finops@example.com"}
            """;

    static final String RECURRING = """
            {
              "code": "support-copilot",
              "version": 1,
              "businessUnit": "support",
              "useCase": null,
              "description": "Microsoft 365 Copilot seats",
              "quantity": 120,
              "unitPrice": 30.00,
              "monthlyAmount": 3600.00,
              "currency": "USD",
              "budgetCategory": "VENDOR_AND_API",
              "workloadCategory": "EMBEDDED",
              "fromMonth": "2026-10",
              "toMonth": null,
              "enteredBy": "finops@example.com",
              "enteredAt": "2026-10-01T09:00:00Z"
            }
            """;

    static final String RECURRING_V2 = """
            {
              "code": "support-copilot",
              "version": 2,
              "businessUnit": "support",
              "useCase": null,
              "description": "Microsoft 365 Copilot seats",
              "quantity": 150,
              "unitPrice": 30.00,
              "monthlyAmount": 4500.00,
              "currency": "USD",
              "budgetCategory": "VENDOR_AND_API",
              "workloadCategory": "EMBEDDED",
              "fromMonth": "2026-12",
              "toMonth": null,
              "enteredBy": "finops@example.com",
              "enteredAt": "2026-11-20T16:45:00Z"
            }
            """;

    static final String RECURRING_VERSIONS = "[" + RECURRING + "," + RECURRING_V2 + "]";

    static final String RECURRING_LIST = """
            [
              {"code": "legal-chatgpt", "version": 1, "businessUnit": "legal", "useCase": null,
               "description": "ChatGPT Enterprise seats", "quantity": 7, "unitPrice": 19.99, "monthlyAmount": 139.93,
               "currency": "USD", "budgetCategory": "VENDOR_AND_API", "workloadCategory": "EMBEDDED",
               "fromMonth": "2026-10", "toMonth": "2027-09", "enteredBy": "finops@example.com",
               "enteredAt": "2026-10-01T09:00:00Z"},
              {"code": "support-copilot", "version": 1, "businessUnit": "support", "useCase": null,
               "description": "Microsoft 365 Copilot seats", "quantity": 120, "unitPrice": 30.00,
               "monthlyAmount": 3600.00, "currency": "USD", "budgetCategory": "VENDOR_AND_API",
               "workloadCategory": "EMBEDDED", "fromMonth": "2026-10", "toMonth": null,
               "enteredBy": "finops@example.com", "enteredAt": "2026-10-01T09:00:00Z"}
            ]
            """;

    static final String PROBLEM_INVALID_COST_ENTRY = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "businessUnit is not a registered business unit (register it at POST /v1/business-units)",
              "instance": "/v1/cost-entries",
              "errors": [{"field": "businessUnit", "value": "suport",
                          "message": "is not a registered business unit (register it at POST /v1/business-units)"}]
            }
            """;

    static final String PROBLEM_INVALID_MONTH = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "month must not be null",
              "instance": "/v1/cost-entries",
              "errors": [{"field": "month", "message": "must not be null"}]
            }
            """;

    static final String PROBLEM_INVALID_RECURRING = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "quantity must be more than 0",
              "instance": "/v1/recurring-cost-entries",
              "errors": [{"field": "quantity", "value": "0", "message": "must be more than 0"}]
            }
            """;

    static final String PROBLEM_CURRENCY_MISMATCH = """
            {
              "type": "/problems/currency-mismatch",
              "title": "Currency does not match the reporting currency",
              "status": 422,
              "detail": "The entry is in EUR, but statements are in USD; currency conversion is not supported yet, so nothing was stored",
              "instance": "/v1/cost-entries",
              "currency": "EUR",
              "reportingCurrency": "USD"
            }
            """;

    static final String PROBLEM_ENTRY_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Cost entry '5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a' does not exist",
              "instance": "/v1/cost-entries/5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a"
            }
            """;

    static final String PROBLEM_ALREADY_REVERSED = """
            {
              "type": "/problems/cost-entry-already-reversed",
              "title": "Cost entry already reversed",
              "status": 409,
              "detail": "Cost entry '5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a' was reversed by entry '8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a'",
              "instance": "/v1/cost-entries/5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a/reversal",
              "reversedBy": "8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a"
            }
            """;

    static final String PROBLEM_IS_A_REVERSAL = """
            {
              "type": "/problems/cost-entry-is-a-reversal",
              "title": "A reversal cannot be reversed",
              "status": 409,
              "detail": "Cost entry '8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a' reverses entry '5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a'; to book that cost again, enter it as a new cost entry",
              "instance": "/v1/cost-entries/8d2e4f6a-1b3c-4d5e-8f9a-0b1c2d3e4f5a/reversal",
              "reverses": "5f0c8a4e-2b1d-4c3e-9f6a-7b8c9d0e1f2a"
            }
            """;

    static final String PROBLEM_RECURRING_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Recurring cost entry 'support-copilot' does not exist",
              "instance": "/v1/recurring-cost-entries/support-copilot"
            }
            """;

    static final String PROBLEM_RECURRING_EXISTS = """
            {
              "type": "/problems/recurring-cost-entry-exists",
              "title": "Recurring cost entry exists",
              "status": 409,
              "detail": "Recurring cost entry 'support-copilot' exists already; change it with PUT /v1/recurring-cost-entries/support-copilot",
              "instance": "/v1/recurring-cost-entries",
              "code": "support-copilot"
            }
            """;

    static final String PROBLEM_STALE = """
            {
              "type": "/problems/stale-recurring-cost-entry",
              "title": "The recurring cost entry changed meanwhile",
              "status": 412,
              "detail": "Recurring cost entry 'support-copilot' is at ETag \\"2\\", not \\"1\\"; GET it again and re-apply your change",
              "instance": "/v1/recurring-cost-entries/support-copilot",
              "currentEtag": "\\"2\\""
            }
            """;

    static final String PROBLEM_PRECONDITION_REQUIRED = """
            {
              "type": "/problems/precondition-required",
              "title": "If-Match required",
              "status": 428,
              "detail": "Send If-Match with the recurring cost entry's ETag (from GET /v1/recurring-cost-entries/support-copilot) so a concurrent change is not overwritten",
              "instance": "/v1/recurring-cost-entries/support-copilot"
            }
            """;
}
