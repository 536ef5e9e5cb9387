package org.chargeback.pricing.pricebook;

/** Request examples for the OpenAPI document, re-used by the tests so the documented bodies are known to work. */
final class Examples {

    static final String ADD_PRICE = """
            {
              "unitPrice": 0.85,
              "currency": "EUR",
              "effectiveFrom": "2026-10-01",
              "reason": "FY27 list price",
              "changedBy": "pricing@example.com"
            }
            """;

    static final String ADD_TOKEN_PRICE = """
            {
              "unitPrice": 0.0000004,
              "currency": "USD",
              "effectiveFrom": "2026-11-01",
              "reason": "Provider cut output token prices"
            }
            """;

    private Examples() {
    }
}
