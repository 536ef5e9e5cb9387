package org.chargeback.ingestion.cost;

/** OpenAPI examples, kept as text so tests can reuse them. */
final class Examples {

    private Examples() {
    }

    static final String FOCUS_CSV = """
            BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargePeriodEnd,ChargePeriodStart,ContractedCost,EffectiveCost,InvoiceIssuerName,ListCost,PricingQuantity,PricingUnit,ProviderName,PublisherName,ServiceCategory,ServiceName,Tags
            12.3456,acct-1,Acme,USD,2026-11-01T00:00:00Z,2026-10-01T00:00:00Z,Usage,,GPT input tokens,2026-10-02T00:00:00Z,2026-10-01T00:00:00Z,12.3456,12.3456,OpenAI,12.3456,12345.6,1000 Tokens,OpenAI,OpenAI,AI and Machine Learning,OpenAI API,"{""business-unit"": ""customer-support""}"
            """;

    static final String IMPORT = """
            {"id": "0b7e1b2e-5d7c-4a53-9c1a-3f0f6f5d2a11", "status": "COMPLETED",
             "sha256": "9f2c...e1", "fileName": "openai-2026-10.csv", "format": "csv", "focusVersion": "1.0",
             "strict": false, "rowCount": 1, "importedAt": "2026-11-02T08:15:00Z",
             "totals": [{"billingCurrency": "USD", "billedCost": 12.3456, "effectiveCost": 12.3456, "rowCount": 1}],
             "scopes": [{"billingAccountId": "acct-1", "billingPeriod": "2026-10", "billingPeriodStart": "2026-10-01T00:00:00Z",
                         "revision": 2, "rowCount": 1, "current": true, "validFrom": "2026-11-02T08:15:00Z", "validTo": null}],
             "warnings": [{"kind": "zone-less-date-time", "rule": "date-time without a zone; read as UTC as FOCUS defines",
                           "count": 4, "firstRows": [2], "column": "BillingPeriodStart", "example": "2026-10-01 00:00:00"}]}
            """;

    static final String REJECTED = """
            {"type": "/problems/invalid-cost-file", "title": "The cost file was rejected", "status": 422,
             "detail": "The file has errors; nothing was stored (2 errors)", "instance": "/v1/cost-imports",
             "totalErrors": 2,
             "errors": [
               {"row": 7, "column": "BilledCost", "value": "12,50", "message": "must be a decimal number (e.g. 12.5 or 1.5E-7)"},
               {"row": 9, "column": "Tags", "value": "{broken", "message": "is not valid JSON: ..."}]}
            """;

    static final String SUMMARY = """
            {"billingPeriod": "2026-10", "groupBy": ["tag:business-unit", "serviceCategory"],
             "groups": [
               {"dimensions": {"tag:business-unit": "customer-support", "serviceCategory": "AI and Machine Learning"},
                "billingCurrency": "USD", "billedCost": 1520.123456, "effectiveCost": 1520.123456, "rowCount": 31},
               {"dimensions": {"tag:business-unit": null, "serviceCategory": "Networking"},
                "billingCurrency": "USD", "billedCost": 80.5, "effectiveCost": 80.5, "rowCount": 4}],
             "totals": [{"billingCurrency": "USD", "billedCost": 1600.623456, "effectiveCost": 1600.623456, "rowCount": 35}]}
            """;

    static final String REVISIONS = """
            [{"billingAccountId": "123456789012", "billingPeriod": "2026-10", "revision": 2,
              "importId": "0b7e1b2e-5d7c-4a53-9c1a-3f0f6f5d2a11", "rowCount": 48210,
              "validFrom": "2026-11-04T06:00:00Z", "validTo": null}]
            """;
}
