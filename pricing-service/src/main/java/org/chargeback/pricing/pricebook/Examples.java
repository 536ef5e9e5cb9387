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

    static final String HISTORY = """
            [{"id": "4f1c2a8e-2b8d-4c5e-9d7a-1b2c3d4e5f60", "product": "support-resolution", "businessUnit": null,
              "model": "flat", "unitRate": 0.06, "tiers": null, "packageSize": null, "minimumMonthly": null,
              "costPool": null, "markup": null, "discountPercent": null, "currency": "USD",
              "effectiveFrom": "2026-01-01", "effectiveTo": "2026-07-01", "retroactiveCorrection": false,
              "reason": "Launch price", "changedBy": "platform-ai@example.com", "createdAt": "2025-12-15T10:00:00Z"},
             {"id": "8a9b0c1d-2e3f-4a5b-8c7d-6e5f4a3b2c1d", "product": "support-resolution", "businessUnit": null,
              "model": "flat", "unitRate": 0.05, "tiers": null, "packageSize": null, "minimumMonthly": null,
              "costPool": null, "markup": null, "discountPercent": null, "currency": "USD",
              "effectiveFrom": "2026-07-01", "effectiveTo": null, "retroactiveCorrection": false,
              "reason": "Volume grew; cheaper model routing", "changedBy": "platform-ai@example.com",
              "createdAt": "2026-06-20T14:30:00Z"}]""";
}
