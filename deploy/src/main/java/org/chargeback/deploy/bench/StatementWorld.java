package org.chargeback.deploy.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The company of {@code deploy/suite bench statements}, generated from a seed so that every run sees the same one:
 * 200 business units with two teams and three use cases each, 10 outcome products, 7 billing accounts with 60
 * sub-accounts, 20 services in 10 FOCUS service categories with 276 SKUs, and 10,000 resources that keep their SKU,
 * sub-account and tags all month (as in provider exports). About 70 % of the resources carry the
 * {@code business-unit} tag, 90 % a {@code team} tag, all an {@code env} tag. Pure: no I/O, so it is unit tested.
 */
final class StatementWorld {

    static final String MONTH = "2026-09";
    static final int DAYS = 30;
    static final int BUSINESS_UNITS = 200;
    static final int TEAMS = 2 * BUSINESS_UNITS;
    static final int RESOURCES = 10_000;
    static final String BUSINESS_UNIT_TAG = "business-unit";

    /** FOCUS 1.2 columns (BillingAccountType, InvoiceId and ServiceSubcategory make it 1.2) and one x_ column. */
    static final String HEADER = "BillingAccountId,BillingAccountName,BillingAccountType,BillingCurrency,BillingPeriodStart,"
            + "BillingPeriodEnd,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,"
            + "BilledCost,EffectiveCost,ListCost,ContractedCost,ListUnitPrice,ContractedUnitPrice,PricingQuantity,PricingUnit,"
            + "ConsumedQuantity,ConsumedUnit,PricingCategory,ProviderName,PublisherName,InvoiceIssuerName,InvoiceId,"
            + "ServiceCategory,ServiceSubcategory,ServiceName,SkuId,SkuPriceId,RegionId,RegionName,ResourceId,SubAccountId,"
            + "SubAccountName,Tags,x_CostCenter";

    record Product(String code, String name, String unit, String useCase, String model, String priceJson) {
    }

    /** A provider service: its SKUs are {@code skuPrefix-1..skus}, priced from {@code basePrice} up. */
    record Service(String provider, String account, String category, String subcategory, String name, String skuPrefix,
                   String unit, String basePrice, int skus, String chargeCategory, String frequency) {
    }

    record Sku(Service service, String id, String description, BigDecimal price) {
    }

    record Account(String id, String name, String provider, List<String> subAccounts) {
    }

    /** A resource: every cost row of it has the same SKU, sub-account and tags. {@code businessUnit} null = untagged. */
    record Resource(int index, Sku sku, Account account, String subAccount, String businessUnit, String team,
                    String env, String region) {
    }

    static final List<Product> PRODUCTS = List.of(
            flat("support-resolution", "Automated support resolution", "resolution", "support-bot", "0.05"),
            flat("document-summary", "Document summary", "document", "doc-digest", "0.12"),
            new Product("code-review", "Automated code review", "review", "pr-review", "graduated",
                    "\"tiers\": [{\"upTo\": 10000, \"unitRate\": 0.25}, {\"upTo\": null, \"unitRate\": 0.20}]"),
            flat("translation", "Translated page", "page", "localisation", "0.03"),
            new Product("search-answer", "Knowledge search answer", "answer", "knowledge-search", "volume",
                    "\"tiers\": [{\"upTo\": 50000, \"unitRate\": 0.010}, {\"upTo\": null, \"unitRate\": 0.008}]"),
            flat("contract-review", "Contract review", "contract", "contract-check", "1.50"),
            flat("campaign-copy", "Campaign copy draft", "draft", "campaign-writer", "0.40"),
            flat("meeting-notes", "Meeting notes", "meeting", "meeting-notes", "0.08"),
            flat("ticket-triage", "Ticket triage", "ticket", "triage-bot", "0.02"),
            new Product("sales-email", "Sales email draft", "email", "sales-outreach", "graduated",
                    "\"tiers\": [{\"upTo\": 20000, \"unitRate\": 0.04}, {\"upTo\": null, \"unitRate\": 0.03}]"));

    static final List<Service> SERVICES = List.of(
            new Service("OpenAI", "openai-org", "AI and Machine Learning", "Generative AI", "OpenAI API", "gpt", "1000 Tokens", "0.0005", 20, "Usage", "Usage-Based"),
            new Service("Anthropic", "anthropic-org", "AI and Machine Learning", "Generative AI", "Claude API", "claude", "1000000 Tokens", "0.80", 12, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-1", "AI and Machine Learning", "Generative AI", "Amazon Bedrock", "bedrock", "1000 Tokens", "0.0008", 30, "Usage", "Usage-Based"),
            new Service("Microsoft", "azure-ea", "AI and Machine Learning", "Generative AI", "Azure OpenAI Service", "aoai", "1000 Tokens", "0.0005", 20, "Usage", "Usage-Based"),
            new Service("Google", "gcp-billing", "AI and Machine Learning", "AI Platforms", "Vertex AI", "vertex", "1000 Characters", "0.0001", 20, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-2", "AI and Machine Learning", "Machine Learning", "Amazon SageMaker", "sagemaker", "Hours", "0.25", 20, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-1", "Compute", "Virtual Machines", "Amazon Elastic Compute Cloud", "ec2", "Hours", "0.0116", 40, "Usage", "Usage-Based"),
            new Service("Microsoft", "azure-ea", "Compute", "Virtual Machines", "Virtual Machines", "azvm", "Hours", "0.012", 20, "Usage", "Usage-Based"),
            new Service("Google", "gcp-billing", "Compute", "Virtual Machines", "Compute Engine", "gce", "Hours", "0.011", 15, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-1", "Storage", "Object Storage", "Amazon Simple Storage Service", "s3", "GB-Months", "0.004", 10, "Usage", "Usage-Based"),
            new Service("Microsoft", "azure-ea", "Storage", "Object Storage", "Storage Accounts", "blob", "GB-Months", "0.002", 8, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-2", "Databases", "Relational Databases", "Amazon Relational Database Service", "rds", "Hours", "0.017", 15, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-2", "Databases", "NoSQL Databases", "Amazon DynamoDB", "ddb", "Requests", "0.00000125", 6, "Usage", "Usage-Based"),
            new Service("Google", "gcp-billing", "Analytics", "Data Warehouses", "BigQuery", "bq", "TB", "6.25", 8, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-1", "Networking", "Network Infrastructure", "Amazon Virtual Private Cloud", "vpc", "Hours", "0.045", 6, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-2", "Networking", "Content Delivery", "Amazon CloudFront", "cf", "GB", "0.02", 6, "Usage", "Usage-Based"),
            new Service("Microsoft", "azure-ea", "Business Applications", "Productivity and Collaboration", "Microsoft 365 Copilot", "m365-copilot", "Seats", "30", 3, "Purchase", "Recurring"),
            new Service("GitHub", "github-ent", "Developer Tools", "Source Code Management", "GitHub Copilot", "gh-copilot", "Seats", "19", 3, "Purchase", "Recurring"),
            new Service("AWS", "aws-org-1", "Management and Governance", "Observability", "Amazon CloudWatch", "cw", "Metrics", "0.30", 10, "Usage", "Usage-Based"),
            new Service("AWS", "aws-org-2", "Security", "Threat Detection and Response", "Amazon GuardDuty", "gd", "Events", "0.0001", 4, "Usage", "Usage-Based"));

    final List<String> businessUnits = new ArrayList<>();
    final List<String> teams = new ArrayList<>();
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final List<Sku> skus = new ArrayList<>();
    final List<Resource> resources = new ArrayList<>();

    StatementWorld() {
        for (int b = 0; b < BUSINESS_UNITS; b++) {
            businessUnits.add(String.format("bu-%03d", b));
        }
        for (int t = 0; t < TEAMS; t++) {
            teams.add(String.format("team-%03d", t));
        }
        int[] subAccounts = {15, 15, 10, 10, 5, 3, 2}; // 60
        String[][] names = {{"aws-org-1", "AWS organisation 1", "AWS"}, {"aws-org-2", "AWS organisation 2", "AWS"},
                {"azure-ea", "Azure enterprise agreement", "Microsoft"}, {"gcp-billing", "Google Cloud billing", "Google"},
                {"openai-org", "OpenAI organisation", "OpenAI"}, {"anthropic-org", "Anthropic organisation", "Anthropic"},
                {"github-ent", "GitHub enterprise", "GitHub"}};
        for (int a = 0; a < names.length; a++) {
            List<String> subs = new ArrayList<>();
            for (int s = 1; s <= subAccounts[a]; s++) {
                subs.add(names[a][0] + "-sub-" + s);
            }
            accounts.put(names[a][0], new Account(names[a][0], names[a][1], names[a][2], subs));
        }
        for (Service service : SERVICES) {
            BigDecimal base = new BigDecimal(service.basePrice());
            for (int k = 1; k <= service.skus(); k++) {
                // SKU k costs base x (1 + (k-1)/4): a family of sizes of one service
                BigDecimal price = base.add(base.multiply(BigDecimal.valueOf(k - 1)).divide(BigDecimal.valueOf(4)));
                skus.add(new Sku(service, service.skuPrefix() + "-" + k, service.name() + " SKU " + k, price.stripTrailingZeros()));
            }
        }
        Random random = new Random(20260901L);
        String[] regions = {"us-east-1", "us-west-2", "eu-west-1", "eu-central-1"};
        for (int r = 0; r < RESOURCES; r++) {
            Sku sku = skus.get(random.nextInt(skus.size()));
            Account account = accounts.get(sku.service().account());
            String subAccount = account.subAccounts().get(random.nextInt(account.subAccounts().size()));
            int team = random.nextInt(TEAMS);
            String businessUnit = random.nextInt(100) < 70 ? businessUnits.get(team % BUSINESS_UNITS) : null;
            String teamTag = random.nextInt(100) < 90 ? teams.get(team) : null;
            int e = random.nextInt(100);
            String env = e < 60 ? "prod" : e < 85 ? "staging" : "dev";
            resources.add(new Resource(r, sku, account, subAccount, businessUnit, teamTag, env,
                    regions[random.nextInt(regions.length)]));
        }
    }

    /** The three use cases of a business unit, as indexes into {@link #PRODUCTS}: three different products. */
    static List<Product> productsOf(int businessUnit) {
        return List.of(PRODUCTS.get((businessUnit * 3) % PRODUCTS.size()), PRODUCTS.get((businessUnit * 3 + 1) % PRODUCTS.size()),
                PRODUCTS.get((businessUnit * 3 + 2) % PRODUCTS.size()));
    }

    private static Product flat(String code, String name, String unit, String useCase, String rate) {
        return new Product(code, name, unit, useCase, "flat", "\"unitRate\": " + rate);
    }

    /**
     * Writes the cost rows of the month: each row is one hour of one resource (drawn at random), quantity and cost
     * at the provider's precision; one row in a thousand is a Credit (negative, BilledCost = EffectiveCost).
     */
    final class CostRows {
        private final Random random;
        private final String[] hours = new String[DAYS * 24 + 1];
        private final String[] lineStart = new String[RESOURCES];
        private final String[] lineEnd = new String[RESOURCES];
        private BigDecimal billedTotal = BigDecimal.ZERO;
        private long taggedRows;
        private long rows;

        CostRows(long seed) {
            random = new Random(seed);
            for (int h = 0; h <= DAYS * 24; h++) {
                int day = h / 24 + 1;
                hours[h] = day > DAYS ? "2026-10-01T00:00:00Z" : String.format("2026-09-%02dT%02d:00:00Z", day, h % 24);
            }
            for (Resource r : resources) {
                Service s = r.sku().service();
                lineStart[r.index()] = r.account().id() + "," + r.account().name() + ",Billing Account,USD,"
                        + "2026-09-01T00:00:00Z,2026-10-01T00:00:00Z,";
                StringBuilder tags = new StringBuilder("\"{");
                String sep = "";
                if (r.businessUnit() != null) {
                    tags.append("\"\"").append(BUSINESS_UNIT_TAG).append("\"\": \"\"").append(r.businessUnit()).append("\"\"");
                    sep = ", ";
                }
                if (r.team() != null) {
                    tags.append(sep).append("\"\"team\"\": \"\"").append(r.team()).append("\"\"");
                    sep = ", ";
                }
                tags.append(sep).append("\"\"env\"\": \"\"").append(r.env()).append("\"\"}\"");
                lineEnd[r.index()] = s.unit() + ",Standard," + s.provider() + "," + s.provider() + "," + s.provider()
                        + ",INV-" + r.account().id() + "-2026-09," + s.category() + "," + s.subcategory() + "," + s.name()
                        + "," + r.sku().id() + "," + r.sku().id() + "-2026," + r.region() + "," + r.region() + ",res-"
                        + r.index() + "," + r.subAccount() + "," + r.subAccount() + "," + tags + ",CC-"
                        + (1000 + (r.team() == null ? 999 : r.index() % 90)) + "\n";
            }
        }

        /** Appends the next row to {@code out}. */
        void next(StringBuilder out) {
            Resource r = resources.get(random.nextInt(RESOURCES));
            int hour = random.nextInt(DAYS * 24);
            boolean credit = random.nextInt(1000) == 0;
            Sku sku = r.sku();
            BigDecimal quantity = BigDecimal.valueOf(1 + random.nextInt(1_000_000), 3);
            BigDecimal cost = quantity.multiply(sku.price());
            if (credit) cost = cost.negate();
            String costText = cost.toPlainString();
            String quantityText = quantity.toPlainString();
            String price = sku.price().toPlainString();
            out.append(lineStart[r.index()]).append(hours[hour]).append(',').append(hours[hour + 1]).append(',')
                    .append(credit ? "Credit" : sku.service().chargeCategory()).append(",,")
                    .append(credit ? "Credit for " : "").append(sku.description()).append(',')
                    .append(credit ? "One-Time" : sku.service().frequency()).append(',')
                    .append(costText).append(',').append(costText).append(',').append(costText).append(',').append(costText)
                    .append(',').append(price).append(',').append(price).append(',').append(quantityText).append(',')
                    .append(sku.service().unit()).append(',').append(quantityText).append(',').append(lineEnd[r.index()]);
            billedTotal = billedTotal.add(cost);
            rows++;
            if (r.businessUnit() != null) taggedRows++;
        }

        BigDecimal billedTotal() {
            return billedTotal;
        }

        long taggedRows() {
            return taggedRows;
        }

        long rows() {
            return rows;
        }
    }

    /**
     * Usage event {@code i} of the month as an NDJSON line: business units in turn, their three use cases in turn,
     * one event every second of the month (wrapping), with token counts.
     */
    static void usageEvent(String runId, long i, StringBuilder out) {
        int businessUnit = (int) (i % BUSINESS_UNITS);
        Product product = productsOf(businessUnit).get((int) ((i / BUSINESS_UNITS) % 3));
        long second = i % (DAYS * 86_400L);
        out.append("{\"eventId\":\"stmt-").append(runId).append('-').append(i)
                .append("\",\"businessUnit\":\"bu-");
        threeDigits(businessUnit, out);
        out.append("\",\"useCase\":\"").append(product.useCase())
                .append("\",\"product\":\"").append(product.code())
                .append("\",\"quantity\":").append(1 + i % 3).append(",\"occurredAt\":\"").append(MONTH).append('-');
        twoDigits(1 + second / 86_400, out);
        out.append('T');
        twoDigits((second / 3600) % 24, out);
        out.append(':');
        twoDigits((second / 60) % 60, out);
        out.append(':');
        twoDigits(second % 60, out);
        out.append("Z\",\"attributes\":{\"model\":\"gpt-4o-mini\",\"tokensIn\":").append(500 + i % 3000)
                .append(",\"tokensOut\":").append(100 + i % 700).append("}}\n");
    }

    private static void twoDigits(long value, StringBuilder out) {
        out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void threeDigits(int value, StringBuilder out) {
        out.append((char) ('0' + value / 100)).append((char) ('0' + value / 10 % 10)).append((char) ('0' + value % 10));
    }

    /**
     * The 30 allocation rules, as POST /v1/allocation-rules bodies: 20 DIRECT (10 teams' untagged costs, 5
     * sub-accounts' untagged costs, 5 dedicated SKUs), 5 shared (EVEN, FIXED, USAGE_UNITS twice, CHARGEBACK_AMOUNT)
     * and 5 that only set categories (NONE).
     */
    List<String> rules() {
        List<String> rules = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            int bu = t % BUSINESS_UNITS;
            String useCase = t % 2 == 0 ? ", \"useCase\": \"" + productsOf(bu).get(0).useCase() + "\"" : "";
            rules.add(rule("team-" + teams.get(t), "Untagged costs of " + teams.get(t), 30,
                    match("tag:team", teams.get(t)) + ", " + match("tag:" + BUSINESS_UNIT_TAG, null),
                    "{\"method\": \"DIRECT\", \"businessUnit\": \"" + businessUnits.get(bu) + "\"" + useCase + "}", ""));
        }
        String[] ownedSubAccounts = {"aws-org-1-sub-3", "aws-org-2-sub-7", "azure-ea-sub-2", "gcp-billing-sub-5", "openai-org-sub-1"};
        for (int s = 0; s < ownedSubAccounts.length; s++) {
            rules.add(rule("sub-" + ownedSubAccounts[s], "Sub-account " + ownedSubAccounts[s] + " belongs to one business unit", 30,
                    match("subAccountId", ownedSubAccounts[s]) + ", " + match("tag:" + BUSINESS_UNIT_TAG, null),
                    "{\"method\": \"DIRECT\", \"businessUnit\": \"" + businessUnits.get(20 + s) + "\"}", ""));
        }
        String[] dedicatedSkus = {"gpt-7", "claude-3", "sagemaker-12", "ec2-33", "bedrock-21"};
        for (int s = 0; s < dedicatedSkus.length; s++) {
            rules.add(rule("sku-" + dedicatedSkus[s], "Dedicated SKU " + dedicatedSkus[s], 20,
                    match("skuId", dedicatedSkus[s]),
                    "{\"method\": \"DIRECT\", \"businessUnit\": \"" + businessUnits.get(40 + s) + "\"}",
                    ", \"workloadCategory\": \"PRODUCTION_INFERENCE\""));
        }
        StringBuilder tenUnits = new StringBuilder();
        for (int b = 0; b < 10; b++) {
            tenUnits.append(b == 0 ? "" : ", ").append("{\"businessUnit\": \"").append(businessUnits.get(100 + b)).append("\"}");
        }
        String untagged = match("tag:" + BUSINESS_UNIT_TAG, null);
        rules.add(rule("shared-networking", "Untagged networking, evenly over ten business units", 50,
                match("serviceCategory", "Networking") + ", " + untagged,
                "{\"method\": \"EVEN\", \"shares\": [" + tenUnits + "]}", ""));
        rules.add(rule("shared-observability", "Untagged CloudWatch, 50/30/20", 50,
                match("serviceName", "Amazon CloudWatch") + ", " + untagged,
                "{\"method\": \"FIXED\", \"shares\": [{\"businessUnit\": \"bu-150\", \"percent\": 50}, "
                        + "{\"businessUnit\": \"bu-151\", \"percent\": 30}, {\"businessUnit\": \"bu-152\", \"percent\": 20}]}", ""));
        rules.add(rule("shared-bedrock", "Untagged Bedrock, by outcome units", 50,
                match("serviceName", "Amazon Bedrock") + ", " + untagged,
                "{\"method\": \"USAGE_UNITS\", \"shares\": []}", ""));
        rules.add(rule("shared-openai", "Untagged OpenAI, by support resolutions", 50,
                match("serviceName", "OpenAI API") + ", " + untagged,
                "{\"method\": \"USAGE_UNITS\", \"shares\": [], \"product\": \"support-resolution\"}", ""));
        rules.add(rule("shared-anthropic", "Untagged Anthropic, by chargeback amount", 50,
                match("billingAccountId", "anthropic-org") + ", " + untagged,
                "{\"method\": \"CHARGEBACK_AMOUNT\", \"shares\": []}", ""));
        rules.add(rule("cat-ai", "AI services are production inference bought from vendors", 10,
                match("serviceCategory", "AI and Machine Learning"), "{\"method\": \"NONE\"}",
                ", \"workloadCategory\": \"PRODUCTION_INFERENCE\", \"budgetCategory\": \"VENDOR_AND_API\""));
        rules.add(rule("cat-dev", "Dev environments are development", 11, match("tag:env", "dev"), "{\"method\": \"NONE\"}",
                ", \"workloadCategory\": \"DEVELOPMENT_AND_TRAINING\""));
        rules.add(rule("cat-staging", "Staging is experimental", 11, match("tag:env", "staging"), "{\"method\": \"NONE\"}",
                ", \"workloadCategory\": \"EXPERIMENTAL\""));
        rules.add(rule("cat-storage", "Storage is data and tooling", 12, match("serviceCategory", "Storage"),
                "{\"method\": \"NONE\"}", ", \"budgetCategory\": \"DATA_AND_TOOLING\""));
        rules.add(rule("cat-training", "SageMaker is training on our own infrastructure", 12,
                match("serviceName", "Amazon SageMaker"), "{\"method\": \"NONE\"}",
                ", \"workloadCategory\": \"DEVELOPMENT_AND_TRAINING\", \"budgetCategory\": \"INFRASTRUCTURE_AND_COMPUTE\""));
        return rules;
    }

    private static String rule(String code, String name, int priority, String match, String allocate, String categories) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"priority\": " + priority
                + ", \"effectiveFrom\": \"2026-01\", \"effectiveTo\": null, \"match\": [" + match + "], \"allocate\": "
                + allocate + categories + ", \"changedBy\": \"statement-benchmark\", \"reason\": \"benchmark company\"}";
    }

    private static String match(String dimension, String value) {
        return "{\"dimension\": \"" + dimension + "\", \"equals\": " + (value == null ? "null" : "\"" + value + "\"") + "}";
    }
}
