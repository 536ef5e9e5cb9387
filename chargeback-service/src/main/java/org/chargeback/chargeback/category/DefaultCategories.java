package org.chargeback.chargeback.category;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The categories a provider cost gets when no rule says otherwise, from its FOCUS columns. Pure. The defaults are
 * deliberately coarse (a GPU instance is infrastructure, a model API call is vendor and API); allocation rules with
 * a category override refine them.
 */
public final class DefaultCategories {

    /** FOCUS ServiceCategory values that are data platforms and tools rather than compute. */
    private static final Set<String> DATA_AND_TOOLING = Set.of("analytics", "databases", "storage", "integration",
            "developer tools", "management and governance");

    private DefaultCategories() {
    }

    /**
     * @param dimensions FOCUS values by ingestion summary dimension name ({@code serviceCategory}, {@code serviceName},
     *                   {@code skuId}, {@code publisherName}); missing ones are null. Provider and publisher names are
     *                   not compared: providers spell themselves differently in the two columns (AWS / Amazon Web
     *                   Services), so a rule is the way to mark marketplace purchases
     */
    public static CostCategories of(Map<String, String> dimensions) {
        String serviceCategory = lower(dimensions.get("serviceCategory"));
        String names = lower(dimensions.get("serviceName")) + " " + lower(dimensions.get("skuId"));

        BudgetCategory budget;
        WorkloadCategory workload = WorkloadCategory.PRODUCTION_INFERENCE;
        if (serviceCategory.equals("business applications")) {
            // SaaS with AI inside (copilots): a vendor bill, and embedded in the tools people use.
            budget = BudgetCategory.VENDOR_AND_API;
            workload = WorkloadCategory.EMBEDDED;
        } else if (serviceCategory.equals("ai and machine learning")) {
            // Model APIs are bought per token from a vendor; GPU capacity sold as an AI service is infrastructure.
            budget = names.contains("gpu") || names.contains("instance") || names.contains("capacity")
                    ? BudgetCategory.INFRASTRUCTURE_AND_COMPUTE : BudgetCategory.VENDOR_AND_API;
        } else if (DATA_AND_TOOLING.contains(serviceCategory)) {
            budget = BudgetCategory.DATA_AND_TOOLING;
        } else {
            budget = BudgetCategory.INFRASTRUCTURE_AND_COMPUTE;
        }
        if (workload != WorkloadCategory.EMBEDDED && (names.contains("training") || names.contains("fine-tun")
                || names.contains("finetun"))) {
            workload = WorkloadCategory.DEVELOPMENT_AND_TRAINING;
        }
        return new CostCategories(workload, budget);
    }

    private static String lower(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
