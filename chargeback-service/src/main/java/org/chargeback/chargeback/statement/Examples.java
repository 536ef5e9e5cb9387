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
              "businessUnit": "customer-support",
              "businessUnitName": "Customer Support",
              "costCenter": "CC-4100",
              "version": 1,
              "status": "DRAFT",
              "currency": "USD",
              "showbackTotal": 3236.96,
              "manualTotal": 0.00,
              "chargebackTotal": 2069.05,
              "unallocatedTotal": 0.00,
              "createdAt": "2026-11-02T08:15:00Z",
              "issuedAt": null,
              "invoiceNumber": null,
              "contentHash": null,
              "supersedesId": null,
              "supersededById": null,
              "voided": null,
              "scopeRevisions": {"org-acme-ai/2026-10": 1},
              "showback": {
                "byBudgetCategory": [{"key": "INFRASTRUCTURE_AND_COMPUTE", "amount": 1799.47},
                                     {"key": "TALENT", "amount": 0.00},
                                     {"key": "VENDOR_AND_API", "amount": 1388.02},
                                     {"key": "DATA_AND_TOOLING", "amount": 49.47},
                                     {"key": "INNOVATION_RESERVE", "amount": 0.00}],
                "byWorkloadCategory": [{"key": "PRODUCTION_INFERENCE", "amount": 3236.96},
                                       {"key": "DEVELOPMENT_AND_TRAINING", "amount": 0.00},
                                       {"key": "EXPERIMENTAL", "amount": 0.00},
                                       {"key": "EMBEDDED", "amount": 0.00}],
                "byUseCase": [{"key": "(no use case)", "amount": 49.47}, {"key": "support-bot", "amount": 3187.49}],
                "topServices": [{"key": "Amazon Elastic Compute Cloud", "amount": 1799.47},
                                {"key": "OpenAI API", "amount": 1388.02},
                                {"key": "Amazon Simple Storage Service", "amount": 49.47}]
              },
              "recovery": {
                "byProduct": [{"product": "support-resolution", "chargeback": 2069.05, "showback": 3187.49,
                               "recovery": -1118.44},
                              {"product": "(no product)", "chargeback": 0.00, "showback": 49.47, "recovery": -49.47}],
                "total": -1167.91
              },
              "unitEconomics": [
                {"useCase": "support-bot", "product": "support-resolution", "units": 41381, "eventCount": 31,
                 "cost": 3187.49, "costPerUnit": 0.077028, "valuePerUnit": 4.50, "value": 186214.50,
                 "valueToCostRatio": 58.42, "tokensIn": 74485800, "tokensOut": 14483350, "tokenEventCount": 31,
                 "tokensPerOutcome": 2150.0}
              ],
              "variance": {
                "previousMonth": "2026-09", "previousStatementId": null,
                "showback": {"previous": null, "current": 3236.96, "changePercent": null, "flagged": false},
                "chargeback": {"previous": null, "current": 2069.05, "changePercent": null, "flagged": false},
                "thresholdPercent": 15
              },
              "lines": [
                {"lineNumber": 1, "kind": "SHOWBACK",
                 "description": "Amazon Elastic Compute Cloud (Compute): infrastructure and compute, production inference, use case support-bot",
                 "unroundedAmount": 1799.471, "amount": 1799.47, "source": "PROVIDER",
                 "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE", "workloadCategory": "PRODUCTION_INFERENCE",
                 "useCase": "support-bot", "serviceCategory": "Compute", "serviceName": "Amazon Elastic Compute Cloud",
                 "effectiveCost": 1799.471, "effectiveAmount": 1799.47, "ruleCode": "gpu-support-bot",
                 "ruleVersion": 1, "reference": null, "product": null, "unit": null, "quantity": null,
                 "unitPrice": null, "priceVersionId": null, "tierLines": null, "adjustsStatementId": null,
                 "adjustsMonth": null, "cause": null, "waivedAt": null, "waivedBy": null, "waiverReason": null},
                {"lineNumber": 4, "kind": "CHARGEBACK",
                 "description": "support-resolution: 41381 resolution x 0.05 USD", "unroundedAmount": 2069.05,
                 "amount": 2069.05, "source": null, "budgetCategory": null, "workloadCategory": null,
                 "useCase": null, "serviceCategory": null, "serviceName": null, "effectiveCost": null,
                 "effectiveAmount": null, "ruleCode": null, "ruleVersion": null, "reference": null,
                 "product": "support-resolution", "unit": "resolution", "quantity": 41381, "unitPrice": 0.05,
                 "priceVersionId": "b1d7c6a4-0000-4000-8000-000000000001", "tierLines": null,
                 "adjustsStatementId": null, "adjustsMonth": null, "cause": null, "waivedAt": null,
                 "waivedBy": null, "waiverReason": null},
                {"lineNumber": 5, "kind": "UNRATED",
                 "description": "doc-summary: 40 units, unrated (no price in force on 2026-10-01)",
                 "unroundedAmount": null, "amount": null, "product": "doc-summary", "quantity": 40,
                 "unitPrice": null, "waivedAt": null, "waivedBy": null, "waiverReason": null}
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

    static final String LINE_SOURCES = """
            {
              "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "lineNumber": 1,
              "kind": "SHOWBACK",
              "month": "2026-10",
              "ruleCode": "openai-support-bot",
              "ruleVersion": 1,
              "priceVersionId": null,
              "scopeRevisions": {"org-acme-ai/2026-10": 1},
              "costGroups": [
                {"dimensions": {"billingAccountId": "org-acme-ai", "serviceName": "OpenAI API",
                                "serviceCategory": "AI and Machine Learning", "skuId": "gpt-4o",
                                "tag:business-unit": "customer-support"},
                 "billedCost": 1387.82495, "effectiveCost": 1387.82495, "groupBilledCost": 1387.82495,
                 "rowCount": 10}
              ],
              "usageEvents": [],
              "usageEventsNextCursor": null,
              "drillDown": ["GET /v1/costs/summary?billingPeriod=2026-10&groupBy=skuId,chargeCategory&filter=serviceName%3DOpenAI%20API&filter=tag%3Abusiness-unit%3Dcustomer-support"]
            }
            """;

    static final String DIFF = """
            {
              "statementId": "5d0e8f7a-2b1c-4d3e-9f8a-7b6c5d4e3f2a",
              "version": 2,
              "previousStatementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "previousVersion": 1,
              "showbackBefore": 1234.56,
              "showbackAfter": 1254.56,
              "lines": [
                {"change": "CHANGED", "kind": "SHOWBACK",
                 "description": "Amazon Elastic Compute Cloud (Compute): infrastructure and compute, production inference",
                 "amountBefore": 234.55, "amountAfter": 254.55, "delta": 20.00}
              ]
            }
            """;

    static final String PROBLEM_APPROVAL_REQUIRED = """
            {"type": "/problems/approval-required", "title": "Executive approval required", "status": 409,
             "detail": "Budget 0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01 (support / 2026-Q4) is at 112.00 % of 25500.00 USD, at or above its approval threshold of 110 %; governance event 3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7 is RAISED: acknowledge and approve it (POST /v1/governance/events/3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7/acknowledgement, then /approval) before issuing",
             "instance": "/v1/statements/6f1e2d3c-4b5a-4c6d-8e7f-0a1b2c3d4e5f/issue",
             "governanceEventId": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
             "budgetId": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01", "state": "RAISED"}
            """;
}
