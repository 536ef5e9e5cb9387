package org.chargeback.chargeback.allocation;

/**
 * OpenAPI examples of the allocation rules, re-used by tests (ExamplesTest reads them into the requests and views,
 * so they cannot drift from the real shapes). One story: the shared GPU cluster, split between customer-support and
 * legal from October 2026, corrected to 60/40 from November.
 */
final class Examples {

    private Examples() {
    }

    static final String CREATE_FIXED_RULE = """
            {"code": "shared-gpu-cluster", "name": "Shared GPU cluster, split 70/30",
             "priority": 100, "effectiveFrom": "2026-10", "effectiveTo": null,
             "match": [{"dimension": "tag:cluster", "equals": "gpu-shared"},
                       {"dimension": "serviceName", "equals": "Amazon SageMaker"}],
             "allocate": {"method": "FIXED", "shares": [
                 {"businessUnit": "customer-support", "percent": 70},
                 {"businessUnit": "legal", "percent": 30, "useCase": "contract-review"}]},
             "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE",
             "changedBy": "platform-team", "reason": "GPU cluster shared from October"}
            """;

    static final String CREATE_DIRECT_RULE = """
            {"code": "support-bot-openai", "name": "OpenAI account of the support bot",
             "priority": 50, "effectiveFrom": "2026-10",
             "match": [{"dimension": "subAccountId", "equals": "org-support-bot"}],
             "allocate": {"method": "DIRECT", "businessUnit": "customer-support", "useCase": "support-bot"},
             "workloadCategory": "PRODUCTION_INFERENCE", "changedBy": "platform-team"}
            """;

    static final String CREATE_USAGE_RULE = """
            {"code": "shared-networking", "name": "Untagged networking, by outcome usage",
             "priority": 900, "effectiveFrom": "2026-10",
             "match": [{"dimension": "serviceCategory", "equals": "Networking"},
                       {"dimension": "tag:business-unit", "equals": null}],
             "allocate": {"method": "USAGE_UNITS", "shares": []},
             "changedBy": "finops"}
            """;

    static final String CREATE_CATEGORY_ONLY_RULE = """
            {"code": "copilot-seats", "name": "Copilot seats are embedded AI", "priority": 10,
             "effectiveFrom": "2026-01", "match": [{"dimension": "publisherName", "equals": "Microsoft"}],
             "allocate": {"method": "NONE"}, "workloadCategory": "EMBEDDED", "budgetCategory": "VENDOR_AND_API",
             "changedBy": "finops"}
            """;

    static final String REVISE_RULE = """
            {"name": "Shared GPU cluster, split 60/40", "priority": 100, "effectiveFrom": "2026-11",
             "match": [{"dimension": "tag:cluster", "equals": "gpu-shared"},
                       {"dimension": "serviceName", "equals": "Amazon SageMaker"}],
             "allocate": {"method": "FIXED", "shares": [
                 {"businessUnit": "customer-support", "percent": 60},
                 {"businessUnit": "legal", "percent": 40, "useCase": "contract-review"}]},
             "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE",
             "changedBy": "platform-team", "reason": "Legal's share grew with contract review from November"}
            """;

    static final String RULE = """
            {
              "code": "shared-gpu-cluster",
              "version": 1,
              "name": "Shared GPU cluster, split 70/30",
              "priority": 100,
              "effectiveFrom": "2026-10",
              "effectiveTo": null,
              "match": [{"dimension": "tag:cluster", "equals": "gpu-shared"},
                        {"dimension": "serviceName", "equals": "Amazon SageMaker"}],
              "allocate": {"method": "FIXED", "businessUnit": null, "useCase": null, "product": null, "shares": [
                  {"businessUnit": "customer-support", "percent": 70, "useCase": null},
                  {"businessUnit": "legal", "percent": 30, "useCase": "contract-review"}]},
              "workloadCategory": null,
              "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE",
              "changedBy": "platform-team",
              "reason": "GPU cluster shared from October",
              "createdAt": "2026-09-28T10:00:00Z"
            }
            """;

    static final String REVISED_RULE = """
            {
              "code": "shared-gpu-cluster",
              "version": 2,
              "name": "Shared GPU cluster, split 60/40",
              "priority": 100,
              "effectiveFrom": "2026-11",
              "effectiveTo": null,
              "match": [{"dimension": "tag:cluster", "equals": "gpu-shared"},
                        {"dimension": "serviceName", "equals": "Amazon SageMaker"}],
              "allocate": {"method": "FIXED", "businessUnit": null, "useCase": null, "product": null, "shares": [
                  {"businessUnit": "customer-support", "percent": 60, "useCase": null},
                  {"businessUnit": "legal", "percent": 40, "useCase": "contract-review"}]},
              "workloadCategory": null,
              "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE",
              "changedBy": "platform-team",
              "reason": "Legal's share grew with contract review from November",
              "createdAt": "2026-10-20T08:15:00Z"
            }
            """;

    static final String RULE_LIST = "[" + RULE + "]";

    static final String RULE_VERSIONS = "[" + RULE + ", " + REVISED_RULE + "]";

    static final String PREVIEW_REQUEST = """
            {"rules": [
               {"code": "shared-gpu-cluster", "name": "Shared GPU cluster, split 60/40", "priority": 100,
                "effectiveFrom": "2026-10",
                "match": [{"dimension": "tag:cluster", "equals": "gpu-shared"}],
                "allocate": {"method": "FIXED", "shares": [
                    {"businessUnit": "customer-support", "percent": 60},
                    {"businessUnit": "legal", "percent": 40}]},
                "changedBy": "platform-team"}],
             "retire": ["old-gpu-split"]}
            """;

    static final String PREVIEW = """
            {
              "month": "2026-10",
              "currency": "USD",
              "rulesBefore": [{"code": "old-gpu-split", "version": 3}, {"code": "shared-gpu-cluster", "version": 1}],
              "rulesAfter": [{"code": "shared-gpu-cluster", "version": 2}],
              "businessUnits": [
                {"businessUnit": "customer-support", "billedCostBefore": 8400.0035, "billedCostAfter": 7200.003,
                 "delta": -1200.0005, "roundedBefore": 8400.00, "roundedAfter": 7200.00, "roundedDelta": -1200.00},
                {"businessUnit": "legal", "billedCostBefore": 3600.0015, "billedCostAfter": 4800.002,
                 "delta": 1200.0005, "roundedBefore": 3600.00, "roundedAfter": 4800.00, "roundedDelta": 1200.00},
                {"businessUnit": null, "billedCostBefore": 310.25, "billedCostAfter": 310.25,
                 "delta": 0, "roundedBefore": 310.25, "roundedAfter": 310.25, "roundedDelta": 0.00}
              ],
              "movedCostGroups": [
                {"dimensions": {"tag:cluster": "gpu-shared", "serviceName": "Amazon SageMaker",
                                "tag:business-unit": null, "serviceCategory": "AI and Machine Learning"},
                 "fromBusinessUnit": "customer-support", "toBusinessUnit": "legal", "billedCost": 1200.0005,
                 "ruleBefore": {"code": "shared-gpu-cluster", "version": 1},
                 "ruleAfter": {"code": "shared-gpu-cluster", "version": 2}}
              ],
              "movedCostGroupCount": 1,
              "truncated": false
            }
            """;

    static final String PROBLEM_INVALID_RULE = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "allocate.shares percentages must add up to exactly 100 (they add up to 90)",
              "instance": "/v1/allocation-rules",
              "errors": [{"field": "allocate.shares", "value": "90",
                          "message": "percentages must add up to exactly 100 (they add up to 90)"}]
            }
            """;

    static final String PROBLEM_INVALID_PREVIEW = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "rules[0].match[1].dimension must be billingAccountId, subAccountId, serviceName, serviceCategory, chargeCategory, publisherName, skuId, tag:<key> or x_<column>",
              "instance": "/v1/allocation-rules/preview",
              "errors": [{"field": "rules[0].match[1].dimension", "value": "team",
                          "message": "must be billingAccountId, subAccountId, serviceName, serviceCategory, chargeCategory, publisherName, skuId, tag:<key> or x_<column>"}]
            }
            """;

    static final String PROBLEM_RULE_EXISTS = """
            {
              "type": "/problems/allocation-rule-exists",
              "title": "Allocation rule exists",
              "status": 409,
              "detail": "Allocation rule 'shared-gpu-cluster' exists already; change it with PUT /v1/allocation-rules/shared-gpu-cluster (a new version)",
              "instance": "/v1/allocation-rules",
              "code": "shared-gpu-cluster"
            }
            """;

    static final String PROBLEM_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Allocation rule 'shared-gpu-cluster' does not exist",
              "instance": "/v1/allocation-rules/shared-gpu-cluster"
            }
            """;

    static final String PROBLEM_STALE = """
            {
              "type": "/problems/stale-allocation-rule",
              "title": "The allocation rule changed meanwhile",
              "status": 412,
              "detail": "Allocation rule 'shared-gpu-cluster' is at ETag \\"2\\", not \\"1\\"; GET it again and re-apply your change",
              "instance": "/v1/allocation-rules/shared-gpu-cluster",
              "currentEtag": "\\"2\\""
            }
            """;

    static final String PROBLEM_PRECONDITION_REQUIRED = """
            {
              "type": "/problems/precondition-required",
              "title": "If-Match required",
              "status": 428,
              "detail": "Send If-Match with the allocation rule's ETag (from GET /v1/allocation-rules/shared-gpu-cluster) so a concurrent change is not overwritten",
              "instance": "/v1/allocation-rules/shared-gpu-cluster"
            }
            """;

    static final String PROBLEM_INVALID_MONTH = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "month must be a month as YYYY-MM",
              "instance": "/v1/allocation-rules",
              "errors": [{"field": "month", "value": "2026-13", "message": "must be a month as YYYY-MM"}]
            }
            """;

    static final String PROBLEM_UPSTREAM = """
            {
              "type": "/problems/upstream-unavailable",
              "title": "An upstream service is unavailable",
              "status": 502,
              "detail": "ingestion-service gave HTTP 503 for the cost summary of 2026-10; nothing was stored, try the run again later",
              "instance": "/v1/allocation-rules/preview",
              "service": "ingestion-service"
            }
            """;

    static final String PROBLEM_CURRENCY_MISMATCH = """
            {
              "type": "/problems/currency-mismatch",
              "title": "Currency does not match the reporting currency",
              "status": 422,
              "detail": "The costs of 2026-10 are billed in EUR, but allocations are in USD; currency conversion is not supported yet",
              "instance": "/v1/allocation-rules/preview",
              "currency": "EUR",
              "reportingCurrency": "USD"
            }
            """;
}
