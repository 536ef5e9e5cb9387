package org.chargeback.ingestion.cost;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The FOCUS columns the suite stores in typed database columns, in the order of the COPY column list.
 * {@code mandatory}: the column must be present in the file (FOCUS 1.0-1.2 Mandatory set, see shared/focus/FOCUS.md);
 * {@code required}: a value must be present on every row (the database column is NOT NULL).
 * Every other column of a file, FOCUS or {@code x_}, is kept verbatim in {@code extra_columns}.
 */
enum CostColumn {
    BILLING_ACCOUNT_ID("BillingAccountId", "billing_account_id", Kind.TEXT, true, true),
    BILLING_ACCOUNT_NAME("BillingAccountName", "billing_account_name", Kind.TEXT, true, false),
    SUB_ACCOUNT_ID("SubAccountId", "sub_account_id", Kind.TEXT, false, false),
    SUB_ACCOUNT_NAME("SubAccountName", "sub_account_name", Kind.TEXT, false, false),
    BILLING_PERIOD_START("BillingPeriodStart", "billing_period_start", Kind.DATETIME, true, true),
    BILLING_PERIOD_END("BillingPeriodEnd", "billing_period_end", Kind.DATETIME, true, true),
    CHARGE_PERIOD_START("ChargePeriodStart", "charge_period_start", Kind.DATETIME, true, true),
    CHARGE_PERIOD_END("ChargePeriodEnd", "charge_period_end", Kind.DATETIME, true, true),
    CHARGE_CATEGORY("ChargeCategory", "charge_category", Kind.CHARGE_CATEGORY, true, true),
    CHARGE_CLASS("ChargeClass", "charge_class", Kind.TEXT, true, false),
    CHARGE_DESCRIPTION("ChargeDescription", "charge_description", Kind.TEXT, true, false),
    CHARGE_FREQUENCY("ChargeFrequency", "charge_frequency", Kind.TEXT, false, false),
    BILLED_COST("BilledCost", "billed_cost", Kind.DECIMAL, true, true),
    EFFECTIVE_COST("EffectiveCost", "effective_cost", Kind.DECIMAL, true, true),
    LIST_COST("ListCost", "list_cost", Kind.DECIMAL, true, false),
    CONTRACTED_COST("ContractedCost", "contracted_cost", Kind.DECIMAL, true, false),
    BILLING_CURRENCY("BillingCurrency", "billing_currency", Kind.CURRENCY, true, true),
    CONSUMED_QUANTITY("ConsumedQuantity", "consumed_quantity", Kind.DECIMAL, false, false),
    CONSUMED_UNIT("ConsumedUnit", "consumed_unit", Kind.TEXT, false, false),
    PRICING_QUANTITY("PricingQuantity", "pricing_quantity", Kind.DECIMAL, true, false),
    PRICING_UNIT("PricingUnit", "pricing_unit", Kind.TEXT, true, false),
    PROVIDER_NAME("ProviderName", "provider_name", Kind.TEXT, true, false),
    PUBLISHER_NAME("PublisherName", "publisher_name", Kind.TEXT, true, false),
    INVOICE_ISSUER_NAME("InvoiceIssuerName", "invoice_issuer_name", Kind.TEXT, true, false),
    SERVICE_CATEGORY("ServiceCategory", "service_category", Kind.TEXT, true, false),
    SERVICE_NAME("ServiceName", "service_name", Kind.TEXT, true, false),
    SKU_ID("SkuId", "sku_id", Kind.TEXT, false, false),
    SKU_PRICE_ID("SkuPriceId", "sku_price_id", Kind.TEXT, false, false),
    REGION_ID("RegionId", "region_id", Kind.TEXT, false, false),
    RESOURCE_ID("ResourceId", "resource_id", Kind.TEXT, false, false),
    RESOURCE_NAME("ResourceName", "resource_name", Kind.TEXT, false, false),
    TAGS("Tags", "tags", Kind.JSON_OBJECT, false, false);

    enum Kind { TEXT, DECIMAL, DATETIME, CURRENCY, CHARGE_CATEGORY, JSON_OBJECT }

    static final Map<String, CostColumn> BY_FOCUS_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(c -> c.focusName, Function.identity()));

    final String focusName;
    final String dbColumn;
    final Kind kind;
    final boolean mandatory;
    final boolean required;

    CostColumn(String focusName, String dbColumn, Kind kind, boolean mandatory, boolean required) {
        this.focusName = focusName;
        this.dbColumn = dbColumn;
        this.kind = kind;
        this.mandatory = mandatory;
        this.required = required;
    }
}
