package org.chargeback.pricing.pricebook;

/** Request examples for the OpenAPI document, re-used by the tests so the documented bodies are known to work. */
final class Examples {

    static final String ADD_FLAT = """
            {
              "model": "flat",
              "unitRate": 0.05,
              "currency": "USD",
              "effectiveFrom": "2026-12-01",
              "reason": "FY27 price: cheaper model routing",
              "changedBy": "platform-ai@example.com"
            }
            """;

    static final String ADD_GRADUATED = """
            {
              "model": "graduated",
              "tiers": [{"upTo": 100000, "unitRate": 0.06}, {"upTo": null, "unitRate": 0.05}],
              "minimumMonthly": 500.00,
              "currency": "USD",
              "effectiveFrom": "2027-01-01",
              "reason": "Volume tiers for FY27",
              "changedBy": "platform-ai@example.com"
            }
            """;

    static final String ADD_COST_PLUS = """
            {
              "model": "cost-plus",
              "costPool": "tag:use-case=support-bot",
              "markup": 0.15,
              "currency": "USD",
              "effectiveFrom": "2027-01-01",
              "reason": "Recover the bot's actual cost plus 15 %",
              "changedBy": "platform-ai@example.com"
            }
            """;

    static final String ADD_DISCOUNT = """
            {
              "businessUnit": "legal",
              "discountPercent": 10,
              "effectiveFrom": "2027-01-01",
              "effectiveTo": "2028-01-01",
              "reason": "Negotiated FY27 discount",
              "changedBy": "finance@example.com"
            }
            """;

    private Examples() {
    }
}
