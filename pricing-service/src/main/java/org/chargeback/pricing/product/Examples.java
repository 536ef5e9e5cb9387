package org.chargeback.pricing.product;

/** Request examples for the OpenAPI document, re-used by the tests so the documented bodies are known to work. */
final class Examples {

    static final String CREATE_PRODUCT = """
            {
              "code": "support-resolution",
              "name": "AI support resolution",
              "unit": "resolution",
              "description": "A customer conversation the support assistant closed without a human hand-over",
              "owningTeam": "platform-ai"
            }
            """;

    static final String CREATE_TOKEN_PRODUCT = """
            {
              "code": "llm-output-tokens",
              "name": "LLM output tokens",
              "unit": "token"
            }
            """;

    static final String UPDATE_PRODUCT = """
            {
              "name": "Automated support resolution",
              "description": "A conversation closed by the support bot without a human agent",
              "owningTeam": "platform-ai",
              "status": "ACTIVE",
              "changedBy": "platform-ai@example.com"
            }
            """;

    private Examples() {
    }

    static final String PRODUCT = """
            {"code": "support-resolution", "name": "Automated support resolution", "unit": "resolution",
             "description": "A customer conversation closed by the support bot without a human agent",
             "owningTeam": "platform-ai", "status": "ACTIVE", "retiredAt": null, "version": 1,
             "createdAt": "2026-01-05T09:00:00Z", "updatedAt": "2026-01-05T09:00:00Z"}""";
}
