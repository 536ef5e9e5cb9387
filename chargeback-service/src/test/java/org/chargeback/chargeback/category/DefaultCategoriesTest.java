package org.chargeback.chargeback.category;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The categories a provider cost gets from its FOCUS columns when no rule says otherwise. */
class DefaultCategoriesTest {

    @ParameterizedTest(name = "{0} / {1} / {2} -> {5}, {6}")
    @CsvSource(nullValues = "-", value = {
            // serviceCategory, serviceName, skuId, providerName, publisherName, budget, workload
            "AI and Machine Learning, OpenAI API, gpt-4o, Microsoft, OpenAI, VENDOR_AND_API, PRODUCTION_INFERENCE",
            "AI and Machine Learning, Amazon Bedrock, claude-sonnet, AWS, AWS, VENDOR_AND_API, PRODUCTION_INFERENCE",
            "AI and Machine Learning, Amazon SageMaker, ml.g5.xlarge training instance, AWS, AWS, INFRASTRUCTURE_AND_COMPUTE, DEVELOPMENT_AND_TRAINING",
            "AI and Machine Learning, Vertex AI, a100 gpu capacity, Google, Google, INFRASTRUCTURE_AND_COMPUTE, PRODUCTION_INFERENCE",
            "Compute, Amazon Elastic Compute Cloud, g5.2xlarge, AWS, AWS, INFRASTRUCTURE_AND_COMPUTE, PRODUCTION_INFERENCE",
            "Compute, Azure Machine Learning, fine-tuning cluster, Microsoft, Microsoft, INFRASTRUCTURE_AND_COMPUTE, DEVELOPMENT_AND_TRAINING",
            "Storage, Amazon Simple Storage Service, s3-standard, AWS, AWS, DATA_AND_TOOLING, PRODUCTION_INFERENCE",
            "Databases, Pinecone, serverless, AWS, AWS, DATA_AND_TOOLING, PRODUCTION_INFERENCE",
            "Business Applications, Microsoft 365 Copilot, m365-copilot-seat, Microsoft, Microsoft, VENDOR_AND_API, EMBEDDED",
            "Networking, Amazon Virtual Private Cloud, nat-gateway-hours, AWS, AWS, INFRASTRUCTURE_AND_COMPUTE, PRODUCTION_INFERENCE",
            // Provider and publisher spelled differently (as in real AWS files) change nothing.
            "Compute, Amazon Elastic Compute Cloud, g5.2xlarge, AWS, Amazon Web Services, INFRASTRUCTURE_AND_COMPUTE, PRODUCTION_INFERENCE",
            "Management and Governance, Datadog LLM Observability, llm-spans, AWS, Datadog, DATA_AND_TOOLING, PRODUCTION_INFERENCE",
            "-, -, -, -, -, INFRASTRUCTURE_AND_COMPUTE, PRODUCTION_INFERENCE"})
    void shouldCategorizeByFocusColumns(String serviceCategory, String serviceName, String skuId, String provider,
                                        String publisher, BudgetCategory budget, WorkloadCategory workload) {
        Map<String, String> dimensions = new HashMap<>();
        dimensions.put("serviceCategory", serviceCategory);
        dimensions.put("serviceName", serviceName);
        dimensions.put("skuId", skuId);
        dimensions.put("providerName", provider);
        dimensions.put("publisherName", publisher);

        CostCategories categories = DefaultCategories.of(dimensions);

        assertThat(categories.budget()).isEqualTo(budget);
        assertThat(categories.workload()).isEqualTo(workload);
    }
}
