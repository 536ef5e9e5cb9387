package org.chargeback.ingestion.cost;

import java.util.UUID;

/** Builds small FOCUS CSV files for tests; each test uses its own billing month so tests never see each other's rows. */
final class FocusFiles {

    static final String HEADER = "BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,"
            + "BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargePeriodEnd,ChargePeriodStart,"
            + "ContractedCost,EffectiveCost,InvoiceIssuerName,ListCost,PricingQuantity,PricingUnit,ProviderName,"
            + "PublisherName,ServiceCategory,ServiceName,Tags,x_Marker";

    private FocusFiles() {
    }

    /** One data row of the given month (YYYY-MM) with the given BilledCost, service category and business unit tag. */
    static String row(String month, String billedCost, String serviceCategory, String businessUnit) {
        String start = month + "-01T00:00:00Z";
        String end = nextMonth(month) + "-01T00:00:00Z";
        String tags = businessUnit == null ? "" : "\"{\"\"business-unit\"\": \"\"" + businessUnit + "\"\"}\"";
        return String.join(",", billedCost, "acct-1", "Acme", "USD", end, start, "Usage", "", "tokens",
                month + "-02T00:00:00Z", start, billedCost, billedCost, "OpenAI", billedCost, "1", "1000 Tokens",
                "OpenAI", "OpenAI", serviceCategory, "OpenAI API", tags, UUID.randomUUID().toString());
    }

    static String file(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    static String nextMonth(String month) {
        return java.time.YearMonth.parse(month).plusMonths(1).toString();
    }
}
