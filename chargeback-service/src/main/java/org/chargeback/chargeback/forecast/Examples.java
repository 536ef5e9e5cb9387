package org.chargeback.chargeback.forecast;

/**
 * OpenAPI examples of forecasts and the LLM cost calculator; checked by ExamplesTest. The figures are real: 10,000 a
 * month at baseline, the default scenarios (expected 1.5x) and 25 % yearly deflation compounded monthly; the LLM
 * case is worked through in the chargeback-service README.
 */
final class Examples {

    private Examples() {
    }

    static final String CREATE = """
            {"code": "support-ai-2027", "name": "Support AI spend", "businessUnit": "support",
             "baseMonth": "2026-12", "horizonMonths": 2, "baseMonthlyCost": 10000.00, "currency": "USD",
             "changedBy": "fpa@example.com"}
            """;

    static final String REFORECAST = """
            {"name": "Support AI spend", "businessUnit": "support", "baseMonth": "2027-03", "horizonMonths": 9,
             "baseMonthlyCost": 12500.00, "currency": "USD", "yearlyDeflationPercent": 30,
             "scenarios": [{"name": "baseline", "usageMultiplier": 1, "probability": 0.5},
                           {"name": "expansion", "usageMultiplier": 2, "probability": 0.4},
                           {"name": "breakthrough", "usageMultiplier": 3, "probability": 0.1}],
             "changedBy": "fpa@example.com", "reason": "Q1 reforecast after the claims launch"}
            """;

    static final String FORECAST = """
            {
              "code": "support-ai-2027",
              "version": 1,
              "name": "Support AI spend",
              "businessUnit": "support",
              "baseMonth": "2026-12",
              "horizonMonths": 2,
              "baseMonthlyCost": 10000.00,
              "currency": "USD",
              "yearlyDeflationPercent": 25,
              "scenarios": [{"name": "baseline", "usageMultiplier": 1, "probability": 0.6},
                            {"name": "expansion", "usageMultiplier": 2, "probability": 0.3},
                            {"name": "breakthrough", "usageMultiplier": 3, "probability": 0.1}],
              "changedBy": "fpa@example.com",
              "reason": null,
              "createdAt": "2026-12-15T10:00:00Z",
              "months": [
                {"month": "2027-01", "priceFactor": 0.9763115758,
                 "scenarios": {"baseline": 9763.12, "expansion": 19526.23, "breakthrough": 29289.35},
                 "expected": 14644.67, "constrained": 11715.74, "base": 14644.67, "growth": 17573.61},
                {"month": "2027-02", "priceFactor": 0.9531842930,
                 "scenarios": {"baseline": 9531.84, "expansion": 19063.69, "breakthrough": 28595.53},
                 "expected": 14297.76, "constrained": 11438.21, "base": 14297.76, "growth": 17157.32}
              ],
              "totals": {"scenarios": {"baseline": 19294.96, "expansion": 38589.92, "breakthrough": 57884.88},
                         "expected": 28942.43, "constrained": 23153.95, "base": 28942.43, "growth": 34730.93}
            }
            """;

    static final String FORECAST_LIST = "[" + FORECAST + "]";

    static final String LLM_REQUEST = """
            {"inputTokensPerRequest": 1000, "outputTokensPerRequest": 500, "requestsPerSession": 5,
             "sessionsPerUserPerMonth": 20, "userCurve": [1000, 2000], "inputPricePerMillion": 2.50,
             "outputPricePerMillion": 10.00, "currency": "USD", "bufferPercent": 40,
             "routing": {"sharePercent": 60, "inputPricePerMillion": 0.15, "outputPricePerMillion": 0.60}}
            """;

    static final String LLM_COST = """
            {
              "currency": "USD",
              "bufferPercent": 40,
              "costPerRequest": 0.0075,
              "cheaperCostPerRequest": 0.00045,
              "routedSharePercent": 60,
              "months": [
                {"month": 1, "users": 1000, "requests": 100000, "cost": 750.00, "bufferedCost": 1050.00,
                 "routedCost": 457.80, "saving": 592.20},
                {"month": 2, "users": 2000, "requests": 200000, "cost": 1500.00, "bufferedCost": 2100.00,
                 "routedCost": 915.60, "saving": 1184.40}
              ],
              "total": 3150.00,
              "routedTotal": 1373.40,
              "savingTotal": 1776.60
            }
            """;

    static final String PROBLEM_INVALID_FORECAST = """
            {"type": "/problems/invalid-request", "title": "The request is invalid", "status": 400,
             "detail": "scenarios probabilities must add up to 1", "instance": "/v1/forecasts",
             "errors": [{"field": "scenarios", "value": "0.9", "message": "probabilities must add up to 1"}]}
            """;

    static final String PROBLEM_FORECAST_EXISTS = """
            {"type": "/problems/forecast-exists", "title": "Forecast exists", "status": 409,
             "detail": "Forecast 'support-ai-2027' exists; store a reforecast with PUT /v1/forecasts/support-ai-2027",
             "instance": "/v1/forecasts"}
            """;

    static final String PROBLEM_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "Forecast 'support-ai-2027' does not exist", "instance": "/v1/forecasts/support-ai-2027"}
            """;

    static final String PROBLEM_STALE = """
            {"type": "/problems/stale-forecast", "title": "The forecast changed meanwhile", "status": 412,
             "detail": "Forecast 'support-ai-2027' is at ETag \\"2\\", not \\"1\\"; GET it again and re-apply your change",
             "instance": "/v1/forecasts/support-ai-2027", "currentEtag": "\\"2\\""}
            """;

    static final String PROBLEM_PRECONDITION = """
            {"type": "/problems/precondition-required", "title": "If-Match required", "status": 428,
             "detail": "Send If-Match with the forecast's ETag (from GET /v1/forecasts/support-ai-2027) so a concurrent change is not overwritten",
             "instance": "/v1/forecasts/support-ai-2027"}
            """;

    static final String PROBLEM_CURRENCY_MISMATCH = """
            {"type": "/problems/currency-mismatch", "title": "Currency does not match the reporting currency",
             "status": 422, "detail": "The amount is in EUR, but statements are in USD; currency conversion is not supported yet, so nothing was stored",
             "instance": "/v1/forecasts", "currency": "EUR", "reportingCurrency": "USD"}
            """;
}
