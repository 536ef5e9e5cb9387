package org.chargeback.ingestion.cost;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What FOCUS 1.0 to 1.3 says about columns, as the importer checks it (digest: shared/focus/FOCUS.md). */
final class FocusSpec {

    private FocusSpec() {
    }

    /** Every Cost and Usage column of FOCUS 1.0-1.3; any other column that does not start with x_ is a deviation. */
    static final Set<String> COLUMNS = Set.of("AllocatedMethodDetails", "AllocatedMethodId", "AllocatedResourceId",
            "AllocatedResourceName", "AllocatedTags", "AvailabilityZone", "BilledCost", "BillingAccountId",
            "BillingAccountName", "BillingAccountType", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart",
            "CapacityReservationId", "CapacityReservationStatus", "ChargeCategory", "ChargeClass", "ChargeDescription",
            "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart", "CommitmentDiscountCategory", "CommitmentDiscountId",
            "CommitmentDiscountName", "CommitmentDiscountQuantity", "CommitmentDiscountStatus", "CommitmentDiscountType",
            "CommitmentDiscountUnit", "ConsumedQuantity", "ConsumedUnit", "ContractApplied", "ContractedCost",
            "ContractedUnitPrice", "EffectiveCost", "HostProviderName", "InvoiceId", "InvoiceIssuerName", "ListCost",
            "ListUnitPrice", "PricingCategory", "PricingCurrency", "PricingCurrencyContractedUnitPrice",
            "PricingCurrencyEffectiveCost", "PricingCurrencyListUnitPrice", "PricingQuantity", "PricingUnit",
            "ProviderName", "PublisherName", "RegionId", "RegionName", "ResourceId", "ResourceName", "ResourceType",
            "ServiceCategory", "ServiceName", "ServiceProviderName", "ServiceSubcategory", "SkuId", "SkuMeter",
            "SkuPriceDetails", "SkuPriceId", "SubAccountId", "SubAccountName", "SubAccountType", "Tags");

    /** Columns the spec says never hold null ("Allows nulls: false"). */
    static final Set<String> NON_NULLABLE = Set.of("BilledCost", "BillingAccountId", "BillingAccountType",
            "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart", "ChargeCategory", "ChargeFrequency",
            "ChargePeriodEnd", "ChargePeriodStart", "ContractedCost", "EffectiveCost", "InvoiceIssuerName", "ListCost",
            "ProviderName", "PublisherName", "ServiceCategory", "ServiceName", "ServiceProviderName", "ServiceSubcategory");

    static final Set<String> DECIMALS = Set.of("BilledCost", "CommitmentDiscountQuantity", "ConsumedQuantity",
            "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "ListCost", "ListUnitPrice",
            "PricingCurrencyContractedUnitPrice", "PricingCurrencyEffectiveCost", "PricingCurrencyListUnitPrice",
            "PricingQuantity");

    static final Set<String> JSON_OBJECTS = Set.of("Tags", "SkuPriceDetails", "AllocatedTags", "AllocatedMethodDetails",
            "ContractApplied");

    /** Allowed values per column, keyed by their lower-case spelling so that casing slips can be normalised. */
    static final Map<String, Map<String, String>> ALLOWED = Map.of(
            "ChargeCategory", byLowerCase("Usage", "Purchase", "Tax", "Credit", "Adjustment"),
            "ChargeClass", byLowerCase("Correction"),
            "ChargeFrequency", byLowerCase("One-Time", "Recurring", "Usage-Based"),
            "PricingCategory", byLowerCase("Standard", "Dynamic", "Committed", "Other"),
            "CommitmentDiscountStatus", byLowerCase("Used", "Unused"),
            "CommitmentDiscountCategory", byLowerCase("Spend", "Usage"),
            "CapacityReservationStatus", byLowerCase("Used", "Unused"),
            "ServiceCategory", byLowerCase("AI and Machine Learning", "Analytics", "Business Applications", "Compute",
                    "Databases", "Developer Tools", "Identity", "Integration", "Internet of Things",
                    "Management and Governance", "Media", "Migration", "Mobile", "Multicloud", "Networking",
                    "Security", "Storage", "Web", "Other"));

    private static Map<String, String> byLowerCase(String... values) {
        return List.of(values).stream().collect(Collectors.toUnmodifiableMap(v -> v.toLowerCase(Locale.ROOT), Function.identity()));
    }
}
