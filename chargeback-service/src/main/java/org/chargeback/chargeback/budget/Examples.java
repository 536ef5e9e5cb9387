package org.chargeback.chargeback.budget;

/**
 * OpenAPI examples of budgets, reallocations, business metrics, corridors, variance and the portfolio view, re-used
 * by ExamplesTest (read into the requests and views with unknown fields refused). One story: business unit
 * "support" in the fourth quarter of 2026.
 */
final class Examples {

    private Examples() {
    }

    static final String BUDGET_ID = "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01";

    static final String CREATE_BUDGET = """
            {"businessUnit": "support", "period": "2026-Q4", "amount": 30000.00, "currency": "USD",
             "createdBy": "cfo-office@example.com"}
            """;

    static final String CREATE_CATEGORY_BUDGET = """
            {"businessUnit": "support", "useCase": "ticket-resolution", "budgetCategory": "VENDOR_AND_API",
             "period": "2026-10", "amount": 4000.00, "currency": "USD",
             "split": {"productionPercent": 70, "scalingPercent": 20, "experimentalPercent": 10},
             "innovationReservePercent": 0,
             "thresholds": {"alertPercent": 75, "reviewPercent": 90, "approvalPercent": 110},
             "createdBy": "cfo-office@example.com"}
            """;

    static final String BUDGET = """
            {
              "id": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01",
              "businessUnit": "support",
              "useCase": null,
              "budgetCategory": null,
              "period": "2026-Q4",
              "periodType": "QUARTER",
              "firstMonth": "2026-10",
              "lastMonth": "2026-12",
              "currency": "USD",
              "originalAmount": 30000.00,
              "amount": 30000.00,
              "split": {
                "innovationReservePercent": 15,
                "innovationReserve": 4500.00,
                "governedAmount": 25500.00,
                "production": {"percent": 60, "amount": 15300.00},
                "scaling": {"percent": 25, "amount": 6375.00},
                "experimental": {"percent": 15, "amount": 3825.00}
              },
              "thresholds": {"alertPercent": 80, "reviewPercent": 90, "approvalPercent": 110},
              "status": {
                "actual": 20400.00,
                "projected": 34123.64,
                "percent": 80.00,
                "projectedPercent": 133.82,
                "evaluatedThrough": "2026-11-24",
                "level": "ALERT"
              },
              "createdBy": "cfo-office@example.com",
              "createdAt": "2026-09-28T09:00:00Z"
            }
            """;

    static final String BUDGET_LIST = "[" + BUDGET + "]";

    static final String REALLOCATION_REQUEST = """
            {"fromBudgetId": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01",
             "toBudgetId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "amount": 5000.00,
             "reason": "Claims automation scales earlier than planned", "requestedBy": "cfo-office@example.com"}
            """;

    static final String REALLOCATION = """
            {
              "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
              "fromBudgetId": "0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01",
              "toBudgetId": "5c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
              "amount": 5000.00,
              "currency": "USD",
              "reason": "Claims automation scales earlier than planned",
              "requestedBy": "cfo-office@example.com",
              "createdAt": "2026-11-10T14:30:00Z"
            }
            """;

    static final String REALLOCATION_LIST = "[" + REALLOCATION + "]";

    static final String METRIC_REQUEST = """
            {"businessUnit": "support", "month": "2026-10", "metric": "digital-transaction-revenue",
             "value": 1250000.00, "currency": "USD", "reportedBy": "finance-support@example.com"}
            """;

    static final String METRIC = """
            {
              "businessUnit": "support",
              "month": "2026-10",
              "metric": "digital-transaction-revenue",
              "value": 1250000.00,
              "currency": "USD",
              "reportedBy": "finance-support@example.com",
              "reportedAt": "2026-11-03T08:00:00Z"
            }
            """;

    static final String METRIC_LIST = "[" + METRIC + "]";

    static final String CORRIDOR_REQUEST = """
            {"businessUnit": "support", "metric": "digital-transaction-revenue", "floorPercent": 2,
             "ceilingPercent": 4, "createdBy": "cfo-office@example.com"}
            """;

    static final String CORRIDOR = """
            {
              "businessUnit": "support",
              "metric": "digital-transaction-revenue",
              "floorPercent": 2,
              "ceilingPercent": 4,
              "createdBy": "cfo-office@example.com",
              "createdAt": "2026-09-28T09:05:00Z"
            }
            """;

    static final String CORRIDOR_STATUS_LIST = """
            [{
              "month": "2026-10",
              "businessUnit": "support",
              "metric": "digital-transaction-revenue",
              "floorPercent": 2,
              "ceilingPercent": 4,
              "metricValue": 1250000.00,
              "floorAmount": 25000.00,
              "ceilingAmount": 50000.00,
              "spend": 52000.00,
              "spendPercent": 4.16,
              "status": "ABOVE_CEILING"
            }]
            """;

    static final String VARIANCE = """
            {
              "month": "2026-10",
              "currency": "USD",
              "thresholdPercent": 15,
              "rows": [
                {"businessUnit": "support", "budgetCategory": null, "budget": 10000.00, "actual": 12000.00,
                 "variance": 2000.00, "variancePercent": 20.00, "flagged": true},
                {"businessUnit": "support", "budgetCategory": "VENDOR_AND_API", "budget": 4000.00,
                 "actual": 4200.00, "variance": 200.00, "variancePercent": 5.00, "flagged": false},
                {"businessUnit": "support", "budgetCategory": "INFRASTRUCTURE_AND_COMPUTE", "budget": null,
                 "actual": 7800.00, "variance": null, "variancePercent": null, "flagged": true}
              ]
            }
            """;

    static final String PORTFOLIO = """
            {
              "month": "2026-10",
              "businessUnit": null,
              "currency": "USD",
              "total": 100000.00,
              "categories": [
                {"budgetCategory": "INFRASTRUCTURE_AND_COMPUTE", "amount": 30000.00, "sharePercent": 30.00,
                 "typicalLowPercent": 25, "typicalHighPercent": 35, "outOfRange": false},
                {"budgetCategory": "TALENT", "amount": 40000.00, "sharePercent": 40.00,
                 "typicalLowPercent": 35, "typicalHighPercent": 45, "outOfRange": false},
                {"budgetCategory": "VENDOR_AND_API", "amount": 22000.00, "sharePercent": 22.00,
                 "typicalLowPercent": 10, "typicalHighPercent": 20, "outOfRange": true},
                {"budgetCategory": "DATA_AND_TOOLING", "amount": 8000.00, "sharePercent": 8.00,
                 "typicalLowPercent": 10, "typicalHighPercent": 15, "outOfRange": true},
                {"budgetCategory": "INNOVATION_RESERVE", "amount": 0, "sharePercent": 0.00,
                 "typicalLowPercent": 15, "typicalHighPercent": 20, "outOfRange": true}
              ]
            }
            """;

    static final String PROBLEM_INVALID_BUDGET = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "split productionPercent + scalingPercent + experimentalPercent must be 100",
             "instance": "/v1/budgets",
             "errors": [{"field": "split", "value": "60/25/10",
                         "message": "productionPercent + scalingPercent + experimentalPercent must be 100"}]}
            """;

    static final String PROBLEM_INVALID_PERIOD = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "period must be a month (YYYY-MM) or a quarter (YYYY-Qn)", "instance": "/v1/budgets",
             "errors": [{"field": "period", "value": "2026-Q5",
                         "message": "must be a month (YYYY-MM) or a quarter (YYYY-Qn)"}]}
            """;

    static final String PROBLEM_INVALID_MONTH = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "month must be a month as YYYY-MM", "instance": "/v1/variance",
             "errors": [{"field": "month", "value": "2026-13", "message": "must be a month as YYYY-MM"}]}
            """;

    static final String PROBLEM_BUDGET_EXISTS = """
            {"type": "/problems/budget-exists", "title": "Budget exists", "status": 409,
             "detail": "There is a budget for support / 2026-Q4 already; move money with POST /v1/budgets/reallocations",
             "instance": "/v1/budgets", "scope": "support / 2026-Q4"}
            """;

    static final String PROBLEM_BUDGET_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Budget '0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01' does not exist",
             "instance": "/v1/budgets/0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01"}
            """;

    static final String PROBLEM_REALLOCATION_NOT_ALLOWED = """
            {"type": "/problems/reallocation-not-allowed", "title": "Reallocation not allowed", "status": 409,
             "detail": "Budget 0b6f5a52-9a8e-4a59-9d57-7c1c8f2a1b01 (support / 2026-Q4) has 3000.00 USD, less than 5000.00",
             "instance": "/v1/budgets/reallocations", "available": 3000.00}
            """;

    static final String PROBLEM_CORRIDOR_EXISTS = """
            {"type": "/problems/corridor-exists", "title": "Corridor exists", "status": 409,
             "detail": "Business unit 'support' has a corridor on 'digital-transaction-revenue' already",
             "instance": "/v1/budgets/corridors"}
            """;

    static final String PROBLEM_CURRENCY_MISMATCH = """
            {"type": "/problems/currency-mismatch", "title": "Currency does not match the reporting currency",
             "status": 422, "detail": "The amount is in EUR, but statements are in USD; currency conversion is not supported yet, so nothing was stored",
             "instance": "/v1/budgets", "currency": "EUR", "reportingCurrency": "USD"}
            """;
}
