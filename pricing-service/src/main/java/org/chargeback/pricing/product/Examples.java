package org.chargeback.pricing.product;

/** Request examples for the OpenAPI document, re-used by the tests so the documented bodies are known to work. */
final class Examples {

    static final String CREATE_PRODUCT = """
            {
              "code": "support-resolution",
              "name": "AI support resolution",
              "unit": "resolution",
              "description": "A customer conversation the support assistant closed without a human hand-over"
            }
            """;

    static final String CREATE_TOKEN_PRODUCT = """
            {
              "code": "llm-output-tokens",
              "name": "LLM output tokens",
              "unit": "token"
            }
            """;

    private Examples() {
    }
}
