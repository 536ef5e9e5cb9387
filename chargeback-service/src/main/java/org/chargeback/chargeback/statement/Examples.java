package org.chargeback.chargeback.statement;

/**
 * OpenAPI examples of the statement endpoints, re-used by tests (ExamplesTest reads them into the views, so they
 * cannot drift from the real shapes). One consistent story: October 2026, business unit "support".
 */
final class Examples {

    private Examples() {
    }

    static final String RUN_REQUEST = """
            {"month": "2026-10"}
            """;

    static final String RUN = """
            {
              "id": "6f1c2b8e-3d4a-4c1e-9b7a-2f0e5d6c7b8a",
              "month": "2026-10",
              "currency": "USD",
              "createdAt": "2026-11-02T08:15:00Z",
              "statements": [
                {
                  "id": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
                  "month": "2026-10",
                  "businessUnit": "support",
                  "businessUnitName": "Customer Support",
                  "costCenter": "CC-4100",
                  "status": "DRAFT",
                  "currency": "USD",
                  "showbackTotal": 1234.56,
                  "chargebackTotal": 1020.00,
                  "invoiceNumber": null
                }
              ],
              "reconciliation": {
                "currency": "USD",
                "costTotal": 1500.004,
                "allocatedTotal": 1234.56,
                "unallocatedTotal": 265.44,
                "reconciled": true
              },
              "unallocatedCosts": [
                {"serviceCategory": "Compute", "billedCost": 265.444, "amount": 265.44}
              ]
            }
            """;

    static final String STATEMENT = """
            {
              "id": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "runId": "6f1c2b8e-3d4a-4c1e-9b7a-2f0e5d6c7b8a",
              "month": "2026-10",
              "businessUnit": "support",
              "businessUnitName": "Customer Support",
              "costCenter": "CC-4100",
              "status": "DRAFT",
              "currency": "USD",
              "showbackTotal": 1234.56,
              "chargebackTotal": 1020.00,
              "createdAt": "2026-11-02T08:15:00Z",
              "issuedAt": null,
              "invoiceNumber": null,
              "lines": [
                {"lineNumber": 1, "kind": "SHOWBACK", "description": "Showback: AI and Machine Learning",
                 "serviceCategory": "AI and Machine Learning", "product": null, "unit": null, "quantity": null,
                 "unitPrice": null, "unroundedAmount": 1000.005, "amount": 1000.01},
                {"lineNumber": 2, "kind": "SHOWBACK", "description": "Showback: Compute",
                 "serviceCategory": "Compute", "product": null, "unit": null, "quantity": null,
                 "unitPrice": null, "unroundedAmount": 234.555, "amount": 234.55},
                {"lineNumber": 3, "kind": "CHARGEBACK", "description": "ai-resolution: 1200 resolution x 0.85 USD",
                 "serviceCategory": null, "product": "ai-resolution", "unit": "resolution", "quantity": 1200,
                 "unitPrice": 0.85, "unroundedAmount": 1020.00, "amount": 1020.00},
                {"lineNumber": 4, "kind": "UNRATED",
                 "description": "doc-summary: 40 units, unrated (no price in force on 2026-10-01)",
                 "serviceCategory": null, "product": "doc-summary", "unit": null, "quantity": 40,
                 "unitPrice": null, "unroundedAmount": null, "amount": null}
              ]
            }
            """;

    static final String ISSUED_STATEMENT = """
            {
              "id": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "runId": "6f1c2b8e-3d4a-4c1e-9b7a-2f0e5d6c7b8a",
              "month": "2026-10",
              "businessUnit": "support",
              "businessUnitName": "Customer Support",
              "costCenter": "CC-4100",
              "status": "ISSUED",
              "currency": "USD",
              "showbackTotal": 1234.56,
              "chargebackTotal": 1020.00,
              "createdAt": "2026-11-02T08:15:00Z",
              "issuedAt": "2026-11-03T09:00:00Z",
              "invoiceNumber": "INV-2026-000001",
              "lines": [
                {"lineNumber": 1, "kind": "SHOWBACK", "description": "Showback: AI and Machine Learning",
                 "serviceCategory": "AI and Machine Learning", "product": null, "unit": null, "quantity": null,
                 "unitPrice": null, "unroundedAmount": 1000.005, "amount": 1000.01},
                {"lineNumber": 2, "kind": "SHOWBACK", "description": "Showback: Compute",
                 "serviceCategory": "Compute", "product": null, "unit": null, "quantity": null,
                 "unitPrice": null, "unroundedAmount": 234.555, "amount": 234.55},
                {"lineNumber": 3, "kind": "CHARGEBACK", "description": "ai-resolution: 1200 resolution x 0.85 USD",
                 "serviceCategory": null, "product": "ai-resolution", "unit": "resolution", "quantity": 1200,
                 "unitPrice": 0.85, "unroundedAmount": 1020.00, "amount": 1020.00},
                {"lineNumber": 4, "kind": "UNRATED",
                 "description": "doc-summary: 40 units, unrated (no price in force on 2026-10-01)",
                 "serviceCategory": null, "product": "doc-summary", "unit": null, "quantity": 40,
                 "unitPrice": null, "unroundedAmount": null, "amount": null}
              ]
            }
            """;

    static final String STATEMENT_LIST = """
            [
              {
                "id": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
                "month": "2026-10",
                "businessUnit": "support",
                "businessUnitName": "Customer Support",
                "costCenter": "CC-4100",
                "status": "ISSUED",
                "currency": "USD",
                "showbackTotal": 1234.56,
                "chargebackTotal": 1020.00,
                "invoiceNumber": "INV-2026-000001"
              }
            ]
            """;

    static final String PROBLEM_INVALID_MONTH = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "month must be a month as YYYY-MM",
              "instance": "/v1/statement-runs",
              "errors": [{"field": "month", "value": "2026-13", "message": "must be a month as YYYY-MM"}]
            }
            """;

    static final String PROBLEM_RUN_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Statement run '6f1c2b8e-3d4a-4c1e-9b7a-2f0e5d6c7b8a' does not exist",
              "instance": "/v1/statement-runs/6f1c2b8e-3d4a-4c1e-9b7a-2f0e5d6c7b8a"
            }
            """;

    static final String PROBLEM_STATEMENT_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Statement '0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d' does not exist",
              "instance": "/v1/statements/0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d"
            }
            """;

    static final String PROBLEM_CURRENCY_MISMATCH = """
            {
              "type": "/problems/currency-mismatch",
              "title": "Currency does not match the reporting currency",
              "status": 422,
              "detail": "The costs of 2026-10 are billed in EUR, but statements are in USD; currency conversion is not supported yet, so nothing was stored",
              "instance": "/v1/statement-runs",
              "currency": "EUR",
              "reportingCurrency": "USD"
            }
            """;

    static final String PROBLEM_UPSTREAM_UNAVAILABLE = """
            {
              "type": "/problems/upstream-unavailable",
              "title": "An upstream service is unavailable",
              "status": 502,
              "detail": "ingestion-service gave HTTP 503 for the cost summary of 2026-10; nothing was stored, try the run again later",
              "instance": "/v1/statement-runs",
              "service": "ingestion-service"
            }
            """;

    static final String PROBLEM_ALREADY_ISSUED = """
            {
              "type": "/problems/statement-already-issued",
              "title": "Statement already issued",
              "status": 409,
              "detail": "Statement 0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d (support, 2026-10) was already issued as invoice INV-2026-000001",
              "instance": "/v1/statements/0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d/issue",
              "invoiceNumber": "INV-2026-000001"
            }
            """;

    static final String STATEMENT_CSV = "statementId,month,businessUnit,businessUnitName,costCenter,version,status,"
            + "currency,showbackTotal,chargebackTotal,unallocatedTotal,invoiceNumber,contentHash\r\n"
            + "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d,2026-10,support,Customer Support,CC-4100,1,DRAFT,USD,1234.56,"
            + "1020.00,0.00,,\r\n\r\n"
            + "lineNumber,kind,description,source,budgetCategory,workloadCategory,useCase,serviceCategory,serviceName,"
            + "product,unit,quantity,unitPrice,unroundedAmount,amount,currency,ruleCode,ruleVersion,priceVersionId,"
            + "adjustsStatementId,cause\r\n"
            + "1,SHOWBACK,\"Amazon Bedrock (AI and Machine Learning): vendor and api, production inference\",PROVIDER,"
            + "VENDOR_AND_API,PRODUCTION_INFERENCE,,AI and Machine Learning,Amazon Bedrock,,,,,1000.005,1000.01,USD,"
            + ",,,,\r\n";

    static final String WAIVER = """
            {"reason": "Pilot month: document summaries are free by agreement with legal", "by": "finance@example.com"}
            """;

    static final String VOID = """
            {"reason": "Wrong cost center on the business unit; re-issued after the fix", "by": "finance@example.com"}
            """;

    static final String PROBLEM_UNRATED = """
            {
              "type": "/problems/unrated-usage",
              "title": "Statement has unrated usage",
              "status": 409,
              "detail": "Statement 0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d has usage without a price in force on line(s) [4]: add the price and re-run the month, or waive each line with a reason (POST /v1/statements/0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d/lines/{n}/waiver)",
              "instance": "/v1/statements/0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d/issue",
              "unratedLines": [4]
            }
            """;

    static final String RECONCILIATION = """
            {
              "currency": "USD",
              "costTotal": 6194.6896425,
              "allocatedTotal": 5818.10,
              "unallocatedTotal": 376.59,
              "reconciled": true,
              "difference": 0.00,
              "effectiveCostTotal": 6051.2196425,
              "effectiveStatementTotal": 6051.22,
              "effectiveDifference": 0.00,
              "effectiveReconciled": true,
              "balanced": true
            }
            """;

    static final String STATEMENT_DIFF = """
            {
              "statementId": "5d2e8f1a-7b3c-4d9e-a0f1-2b3c4d5e6f70",
              "version": 2,
              "previousStatementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "previousVersion": 1,
              "showbackBefore": 1234.56,
              "showbackAfter": 1290.06,
              "lines": [
                {"change": "CHANGED", "kind": "SHOWBACK",
                 "description": "Amazon Bedrock (AI and Machine Learning): vendor and api, production inference",
                 "amountBefore": 812.40, "amountAfter": 867.90, "delta": 55.50}
              ]
            }
            """;

    static final String PROBLEM_NO_PREVIOUS_VERSION = """
            {
              "type": "/problems/no-previous-version",
              "title": "No previous version",
              "status": 409,
              "detail": "Statement 0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d is version 1 and restates no other statement",
              "instance": "/v1/statements/0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d/diff"
            }
            """;
}
