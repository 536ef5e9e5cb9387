package org.chargeback.pricing.quote;

/** Examples for the OpenAPI document. */
final class Examples {

    static final String GRADUATED_QUOTE = """
            {"product": "support-resolution", "businessUnit": "customer-support", "quantity": 150000,
             "unit": "resolution", "currency": "USD", "amount": 8500.00,
             "priceVersionId": "0b6f0c9e-7a53-4a3c-9d1e-0c0e5c6f1a11", "model": "graduated", "unitRate": null,
             "override": null, "effectiveFrom": "2026-10-01", "at": "2026-10-01T00:00:00Z",
             "lines": [{"kind": "tier", "from": 0, "to": 100000, "units": 100000, "rate": 0.06, "amount": 6000.00,
                        "packages": null},
                       {"kind": "tier", "from": 100000, "to": null, "units": 50000, "rate": 0.05, "amount": 2500.00,
                        "packages": null}],
             "costPlus": null}
            """;

    static final String BATCH = """
            {"items": [
              {"businessUnit": "customer-support", "product": "support-resolution", "quantity": 150000, "month": "2026-10"},
              {"businessUnit": "legal", "product": "document-summary", "quantity": 420, "month": "2026-10"}
            ]}
            """;

    private Examples() {
    }
}
