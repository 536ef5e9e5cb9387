package org.chargeback.chargeback.businessunit;

/**
 * OpenAPI examples of the business unit registry, re-used by tests (ExamplesTest reads them into the requests and
 * views, so they cannot drift from the real shapes). One story: business unit "support" and its ticket resolution.
 */
final class Examples {

    private Examples() {
    }

    static final String CREATE_BUSINESS_UNIT = """
            {"code": "support", "name": "Customer Support", "costCenter": "CC-4100",
             "ownerContact": "support-lead@example.com"}
            """;

    static final String UPDATE_BUSINESS_UNIT = """
            {"name": "Customer Care", "costCenter": "CC-4200", "ownerContact": "care-lead@example.com"}
            """;

    static final String BUSINESS_UNIT = """
            {
              "code": "support",
              "name": "Customer Support",
              "costCenter": "CC-4100",
              "ownerContact": "support-lead@example.com",
              "version": 1,
              "createdAt": "2026-10-01T09:00:00Z",
              "updatedAt": "2026-10-01T09:00:00Z",
              "useCases": [
                {"businessUnit": "support", "code": "ticket-resolution", "name": "AI ticket resolution",
                 "product": "ai-resolution", "valuePerUnit": 4.50, "valueCurrency": "USD",
                 "createdAt": "2026-10-01T09:05:00Z"}
              ]
            }
            """;

    static final String UPDATED_BUSINESS_UNIT = """
            {
              "code": "support",
              "name": "Customer Care",
              "costCenter": "CC-4200",
              "ownerContact": "care-lead@example.com",
              "version": 2,
              "createdAt": "2026-10-01T09:00:00Z",
              "updatedAt": "2026-11-03T14:30:00Z",
              "useCases": []
            }
            """;

    static final String BUSINESS_UNIT_LIST = """
            [
              {"code": "sales", "name": "Sales", "costCenter": "CC-3100", "ownerContact": "sales-ops@example.com",
               "version": 1, "createdAt": "2026-10-01T09:00:00Z", "updatedAt": "2026-10-01T09:00:00Z",
               "useCases": []},
              {"code": "support", "name": "Customer Support", "costCenter": "CC-4100",
               "ownerContact": "support-lead@example.com", "version": 1, "createdAt": "2026-10-01T09:00:00Z",
               "updatedAt": "2026-10-01T09:00:00Z", "useCases": []}
            ]
            """;

    static final String ADD_USE_CASE = """
            {"code": "ticket-resolution", "name": "AI ticket resolution", "product": "ai-resolution",
             "valuePerUnit": 4.50, "valueCurrency": "USD"}
            """;

    static final String ADD_USE_CASE_WITHOUT_VALUE = """
            {"code": "doc-summaries", "name": "Case summaries", "product": "doc-summary"}
            """;

    static final String USE_CASE = """
            {"businessUnit": "support", "code": "ticket-resolution", "name": "AI ticket resolution",
             "product": "ai-resolution", "valuePerUnit": 4.50, "valueCurrency": "USD",
             "createdAt": "2026-10-01T09:05:00Z"}
            """;

    static final String USE_CASE_LIST = "[" + USE_CASE + "]";

    static final String PROBLEM_INVALID_BUSINESS_UNIT = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "ownerContact must be a well-formed email address",
              "instance": "/v1/business-units",
              "errors": [{"field": "ownerContact", "value": "support-lead", "message": "must be a well-formed email address"}]
            }
            """;

    static final String PROBLEM_INVALID_USE_CASE = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "valueCurrency is required with valuePerUnit",
              "instance": "/v1/business-units/support/use-cases",
              "errors": [{"field": "valueCurrency", "message": "is required with valuePerUnit"}]
            }
            """;

    static final String PROBLEM_BUSINESS_UNIT_EXISTS = """
            {
              "type": "/problems/business-unit-exists",
              "title": "Business unit exists",
              "status": 409,
              "detail": "Business unit 'support' is registered already; change it with PUT /v1/business-units/support",
              "instance": "/v1/business-units",
              "code": "support"
            }
            """;

    static final String PROBLEM_USE_CASE_EXISTS = """
            {
              "type": "/problems/use-case-exists",
              "title": "Use case exists",
              "status": 409,
              "detail": "Business unit 'support' has a use case 'ticket-resolution' already",
              "instance": "/v1/business-units/support/use-cases",
              "code": "ticket-resolution"
            }
            """;

    static final String PROBLEM_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Business unit 'support' does not exist",
              "instance": "/v1/business-units/support"
            }
            """;

    static final String PROBLEM_STALE = """
            {
              "type": "/problems/stale-business-unit",
              "title": "The business unit changed meanwhile",
              "status": 412,
              "detail": "Business unit 'support' is at ETag \\"2\\", not \\"1\\"; GET it again and re-apply your change",
              "instance": "/v1/business-units/support",
              "currentEtag": "\\"2\\""
            }
            """;

    static final String PROBLEM_PRECONDITION_REQUIRED = """
            {
              "type": "/problems/precondition-required",
              "title": "If-Match required",
              "status": 428,
              "detail": "Send If-Match with the business unit's ETag (from GET /v1/business-units/support) so a concurrent change is not overwritten",
              "instance": "/v1/business-units/support"
            }
            """;
}
