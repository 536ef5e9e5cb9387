package org.chargeback.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Loads the demo data set (deploy/demo) through the public APIs, exactly as a user or a provider feed would, then
 * runs and issues the month's statements and prints them as a business unit owner and finance read them. Every step
 * is idempotent, so loading twice stores nothing new: the cost file is recognised by its SHA-256, products and price
 * versions that exist are left alone, usage events are de-duplicated by eventId, business units, use cases,
 * allocation rules and recurring entries that exist answer 409 and are kept, a manual cost entry is looked up before
 * it is entered, and issued statements are kept (a second run leaves them unchanged). Budgets and corridors that
 * exist answer 409 and are kept, a business metric reported again replaces itself with the same value, and governance
 * events are raised once per budget, level and basis, so a second load raises none.
 */
final class DemoLoader {

    static final String MONTH = "2026-10";
    static final String QUARTER = "2026-Q4";
    /** The business unit whose owner's token the launcher prints (the demo's fullest statement). */
    static final String SHOWCASE_BUSINESS_UNIT = "customer-support";
    /** Numbers exactly as the services wrote them: no float, and no trailing zeros stripped (0.182990 stays). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private static final String CHANGED_BY = "demo-loader";
    /** Line kinds an invoice carries: a draft with none of them has nothing to invoice. */
    private static final Set<String> INVOICED_KINDS = Set.of("CHARGEBACK", "ADJUSTMENT", "UNRATED");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Path demo;
    private final String ingestion;
    private final String pricing;
    private final String chargeback;
    private final StringBuilder out = new StringBuilder();
    /** The loader calls every API as admin (platform, finance and owner work in one go). */
    private final String authorization;

    DemoLoader(SuiteConfig config) {
        this.demo = config.root().resolve("deploy/demo");
        this.ingestion = config.service("ingestion-service").url();
        this.pricing = config.service("pricing-service").url();
        this.chargeback = config.service("chargeback-service").url();
        this.authorization = "Bearer " + SuiteKeys.ensure(config.home()).adminToken();
    }

    String load() {
        try {
            line("Loading the demo data set for " + MONTH + " through the public APIs");
            importCosts();
            loadPriceBook();
            recordUsage();
            registerBusinessUnits();
            defineAllocationRules();
            enterCosts();
            setBudgets();
            runStatements();
            List<JsonNode> statements = issueDrafts();
            report(statements);
            reportGovernance();
            return out.toString();
        } catch (IOException e) {
            throw new SuiteException("Loading the demo data failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("Loading the demo data was interrupted");
        }
    }

    private void importCosts() throws IOException, InterruptedException {
        String fileName = "focus-costs-" + MONTH + ".csv";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ingestion + "/v1/cost-imports?fileName=" + fileName))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(demo.resolve(fileName))), Set.of(200, 201));
        JsonNode imported = JSON.readTree(response.body());
        BigDecimal total = imported.path("totals").get(0).path("billedCost").decimalValue();
        line(String.format("  cost file %s: %s, %d rows, BilledCost %s USD", fileName,
                response.statusCode() == 201 ? "imported" : "already imported (same SHA-256), nothing stored",
                imported.path("rowCount").asLong(), total.toPlainString()));
    }

    private void loadPriceBook() throws IOException, InterruptedException {
        JsonNode book = JSON.readTree(demo.resolve("price-book.json").toFile());
        for (JsonNode product : book.path("products")) {
            String code = product.path("code").asText();
            HttpResponse<String> existing = send(HttpRequest.newBuilder(URI.create(pricing + "/v1/products/" + code)).GET(), Set.of(200, 404));
            boolean created = existing.statusCode() == 404;
            if (created) {
                JsonNode body = JSON.createObjectNode().put("code", code).put("name", product.path("name").asText())
                        .put("unit", product.path("unit").asText()).put("description", product.path("description").asText());
                send(jsonPost(pricing + "/v1/products", body), Set.of(201));
            }
            Set<String> versions = new HashSet<>();
            for (JsonNode v : JSON.readTree(send(HttpRequest.newBuilder(URI.create(pricing + "/v1/products/" + code + "/prices")).GET(),
                    Set.of(200)).body())) {
                versions.add(v.path("effectiveFrom").asText());
            }
            int added = 0;
            for (JsonNode price : product.path("prices")) {
                if (versions.contains(price.path("effectiveFrom").asText())) continue;
                JsonNode body = JSON.createObjectNode().put("model", price.path("model").asText("flat"))
                        .put("unitRate", new BigDecimal(price.path("unitRate").asText()))
                        .put("currency", price.path("currency").asText()).put("effectiveFrom", price.path("effectiveFrom").asText())
                        .put("reason", price.path("reason").asText()).put("changedBy", CHANGED_BY);
                send(jsonPost(pricing + "/v1/products/" + code + "/prices", body), Set.of(201));
                added++;
            }
            line(String.format("  product %s: %s, %d price version(s) added", code, created ? "created" : "exists", added));
        }
    }

    private void recordUsage() throws IOException, InterruptedException {
        String fileName = "usage-events-" + MONTH + ".json";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ingestion + "/v1/usage-events"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(demo.resolve(fileName))), Set.of(200));
        JsonNode result = JSON.readTree(response.body());
        line(String.format("  usage events %s: %d accepted, %d duplicates", fileName,
                result.path("accepted").asLong(), result.path("duplicates").asLong()));
    }

    /** The registry: statements copy a business unit's name and cost center, unit economics its use case values. */
    private void registerBusinessUnits() throws IOException, InterruptedException {
        int units = 0;
        int unitsThere = 0;
        int useCases = 0;
        int useCasesThere = 0;
        for (JsonNode unit : JSON.readTree(demo.resolve("business-units.json").toFile()).path("businessUnits")) {
            String code = unit.path("code").asText();
            ObjectNode body = JSON.createObjectNode().put("code", code).put("name", unit.path("name").asText())
                    .put("costCenter", unit.path("costCenter").asText()).put("ownerContact", unit.path("ownerContact").asText());
            if (send(jsonPost(chargeback + "/v1/business-units", body), Set.of(201, 409)).statusCode() == 201) units++;
            else unitsThere++;
            for (JsonNode useCase : unit.path("useCases")) {
                ObjectNode uc = ((ObjectNode) useCase.deepCopy());
                decimal(uc, "valuePerUnit");
                if (send(jsonPost(chargeback + "/v1/business-units/" + code + "/use-cases", uc), Set.of(201, 409)).statusCode() == 201) useCases++;
                else useCasesThere++;
            }
        }
        line(String.format("  business units: %d registered, %d already there; use cases: %d added, %d already there",
                units, unitsThere, useCases, useCasesThere));
    }

    private void defineAllocationRules() throws IOException, InterruptedException {
        int created = 0;
        int there = 0;
        for (JsonNode rule : JSON.readTree(demo.resolve("allocation-rules.json").toFile()).path("rules")) {
            ObjectNode body = ((ObjectNode) rule.deepCopy()).put("changedBy", CHANGED_BY);
            if (send(jsonPost(chargeback + "/v1/allocation-rules", body), Set.of(201, 409)).statusCode() == 201) created++;
            else there++;
        }
        line(String.format("  allocation rules: %d created, %d already there", created, there));
    }

    /** Manual entries cannot be told apart by a key of their own, so an entry is looked up before it is entered. */
    private void enterCosts() throws IOException, InterruptedException {
        JsonNode entries = JSON.readTree(demo.resolve("cost-entries-" + MONTH + ".json").toFile());
        for (JsonNode entry : entries.path("costEntries")) {
            String month = entry.path("month").asText();
            String businessUnit = entry.path("businessUnit").asText();
            String description = entry.path("description").asText();
            BigDecimal amount = new BigDecimal(entry.path("amount").asText());
            boolean entered = false;
            for (JsonNode existing : getJson(chargeback + "/v1/cost-entries?month=" + month + "&businessUnit=" + businessUnit)) {
                entered |= existing.path("reverses").isNull() && existing.path("description").asText().equals(description)
                        && existing.path("amount").decimalValue().compareTo(amount) == 0;
            }
            if (!entered) {
                ObjectNode body = ((ObjectNode) entry.deepCopy()).put("enteredBy", CHANGED_BY);
                decimal(body, "amount");
                send(jsonPost(chargeback + "/v1/cost-entries", body), Set.of(201));
            }
            line(String.format("  cost entry %s %s \"%s\" %s %s: %s", businessUnit, month, description,
                    amount.toPlainString(), entry.path("currency").asText(), entered ? "already entered" : "entered"));
        }
        for (JsonNode entry : entries.path("recurringCostEntries")) {
            ObjectNode body = ((ObjectNode) entry.deepCopy()).put("enteredBy", CHANGED_BY);
            decimal(body, "quantity");
            decimal(body, "unitPrice");
            boolean created = send(jsonPost(chargeback + "/v1/recurring-cost-entries", body), Set.of(201, 409)).statusCode() == 201;
            line(String.format("  recurring cost entry %s (%s, %s x %s %s a month from %s): %s", entry.path("code").asText(),
                    entry.path("businessUnit").asText(), entry.path("quantity").asText(), entry.path("unitPrice").asText(),
                    entry.path("currency").asText(), entry.path("fromMonth").asText(), created ? "created" : "exists"));
        }
    }

    /** Quarterly envelopes, a business metric and its corridor (deploy/demo/budgets.json), before the run evaluates them. */
    private void setBudgets() throws IOException, InterruptedException {
        JsonNode file = JSON.readTree(demo.resolve("budgets.json").toFile());
        for (JsonNode budget : file.path("budgets")) {
            ObjectNode body = (ObjectNode) budget.deepCopy();
            decimal(body, "amount");
            boolean created = send(jsonPost(chargeback + "/v1/budgets", body), Set.of(201, 409)).statusCode() == 201;
            line(String.format("  budget %s / %s: %s %s (15 %% innovation reserve off the top): %s", budget.path("businessUnit").asText(),
                    budget.path("period").asText(), budget.path("amount").asText(), budget.path("currency").asText(),
                    created ? "created" : "already there"));
        }
        for (JsonNode metric : file.path("businessMetrics")) {
            ObjectNode body = (ObjectNode) metric.deepCopy();
            decimal(body, "value");
            send(jsonPost(chargeback + "/v1/business-metrics", body), Set.of(200, 201));
            line(String.format("  business metric %s %s %s: %s %s reported", metric.path("businessUnit").asText(),
                    metric.path("month").asText(), metric.path("metric").asText(), metric.path("value").asText(),
                    metric.path("currency").asText()));
        }
        for (JsonNode corridor : file.path("corridors")) {
            ObjectNode body = (ObjectNode) corridor.deepCopy();
            decimal(body, "floorPercent");
            decimal(body, "ceilingPercent");
            boolean created = send(jsonPost(chargeback + "/v1/budgets/corridors", body), Set.of(201, 409)).statusCode() == 201;
            line(String.format("  corridor %s: AI spend %s-%s %% of %s: %s", corridor.path("businessUnit").asText(),
                    corridor.path("floorPercent").asText(), corridor.path("ceilingPercent").asText(),
                    corridor.path("metric").asText(), created ? "created" : "already there"));
        }
    }

    /**
     * Waits for the governance evaluation the run started (it runs on the service's worker thread after the run
     * commits): an on-demand evaluation takes the same advisory lock, so it returns once that one is done; whichever
     * evaluates first raises the crossings, the other finds them raised.
     */
    private void awaitEvaluation() throws IOException, InterruptedException {
        send(jsonPost(chargeback + "/v1/governance/evaluations", JSON.createObjectNode().put("month", MONTH)), Set.of(200));
    }

    /**
     * Issues a draft; a 409 approval-required (its business unit's budget is at or above the approval threshold on
     * its actual) is answered as finance would: the named event is acknowledged and approved with the reasons in
     * budgets.json, then the statement is issued.
     */
    private JsonNode issue(String id, String businessUnit) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(chargeback + "/v1/statements/" + id + "/issue"))
                .POST(HttpRequest.BodyPublishers.noBody()), Set.of(200, 409));
        if (response.statusCode() == 200) {
            return JSON.readTree(response.body());
        }
        JsonNode problem = JSON.readTree(response.body());
        if (!problem.path("type").asText().endsWith("/problems/approval-required")) {
            throw new SuiteException("Issuing the statement of " + businessUnit + " answered 409: " + response.body());
        }
        JsonNode approval = JSON.readTree(demo.resolve("budgets.json").toFile()).path("approvals").path(businessUnit);
        if (approval.isMissingNode()) {
            throw new SuiteException("Issuing the statement of " + businessUnit + " needs an approval the demo does not record: "
                    + response.body());
        }
        String eventId = problem.path("governanceEventId").asText();
        JsonNode event = getJson(chargeback + "/v1/governance/events/" + eventId);
        line(String.format("  statement %s: issue refused (409 approval-required): budget %s is at %s %% of its governed %s %s,"
                        + " at or above %s %%", businessUnit, event.path("budgetScope").asText(), event.path("percent").asText(),
                cents(event.path("governedAmount")), event.path("currency").asText(), plain(event.path("thresholdPercent"))));
        String state = problem.path("state").asText();
        if ("RAISED".equals(state)) {
            decide(eventId, "acknowledgement", approval.path("acknowledgedBy").asText(), approval.path("acknowledgeReason").asText());
            line(String.format("      %s event acknowledged by %s: \"%s\"", event.path("level").asText(),
                    approval.path("acknowledgedBy").asText(), approval.path("acknowledgeReason").asText()));
            state = "ACKNOWLEDGED";
        }
        if (!"ACKNOWLEDGED".equals(state)) {
            throw new SuiteException("The approval event " + eventId + " of " + businessUnit + " is " + state + ": " + response.body());
        }
        decide(eventId, "approval", approval.path("approvedBy").asText(), approval.path("approveReason").asText());
        line(String.format("      %s event approved by %s: \"%s\"", event.path("level").asText(),
                approval.path("approvedBy").asText(), approval.path("approveReason").asText()));
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(chargeback + "/v1/statements/" + id + "/issue"))
                .POST(HttpRequest.BodyPublishers.noBody()), Set.of(200)).body());
    }

    private void decide(String eventId, String decision, String by, String reason) throws IOException, InterruptedException {
        send(jsonPost(chargeback + "/v1/governance/events/" + eventId + "/" + decision,
                JSON.createObjectNode().put("by", by).put("reason", reason)), Set.of(200));
    }

    /** The quarter's budgets as they stand, the events the run raised, and the corridors of the month. */
    private void reportGovernance() throws IOException, InterruptedException {
        List<JsonNode> budgets = new ArrayList<>();
        getJson(chargeback + "/v1/budgets?period=" + QUARTER).forEach(budgets::add);
        budgets.sort(Comparator.comparing(b -> b.path("businessUnit").asText()));
        String through = budgets.isEmpty() ? "-" : budgets.get(0).path("status").path("evaluatedThrough").asText();
        long elapsed = budgets.isEmpty() ? 0 : Math.max(1, Math.min(92, ChronoUnit.DAYS.between(LocalDate.parse("2026-10-01"),
                LocalDate.parse(through)) + 1));
        line("");
        line("Budgets for " + QUARTER + " (GET /v1/budgets; governed = envelope - innovation reserve; projected = actual / "
                + elapsed + " elapsed days x 92,");
        line("evaluated " + through + "; thresholds 80 % alert, 90 % optimization review, 110 % executive approval)");
        line(String.format("  %-28s %9s %9s %9s %8s %10s %8s", "budget", "envelope", "governed", "actual", "actual%",
                "projected", "proj.%"));
        for (JsonNode b : budgets) {
            JsonNode status = b.path("status");
            line(String.format("  %-28s %9s %9s %9s %8s %10s %8s", b.path("businessUnit").asText() + " / " + b.path("period").asText(),
                    cents(b.path("amount")), cents(b.path("split").path("governedAmount")), cents(status.path("actual")),
                    plain(status.path("percent")), cents(status.path("projected")), plain(status.path("projectedPercent"))));
        }

        List<JsonNode> events = new ArrayList<>();
        getJson(chargeback + "/v1/governance/events").forEach(events::add);
        events.sort(Comparator.comparing(DemoLoader::scopeOf).thenComparing(e -> e.path("thresholdPercent").decimalValue()));
        line("");
        line("Governance events (GET /v1/governance/events; each crossing raised once per budget, level and basis;");
        line("a corridor left once per corridor and month)");
        line(String.format("  %-36s %-20s %-9s %8s   %s", "budget or corridor", "level", "basis", "percent", "state"));
        for (JsonNode e : events) {
            String state = e.path("state").asText();
            if (!e.path("decidedBy").isNull()) {
                state += " by " + e.path("decidedBy").asText();
            }
            boolean corridor = "CORRIDOR".equals(e.path("kind").asText());
            line(String.format("  %-36s %-20s %-9s %8s   %s", scopeOf(e),
                    corridor ? e.path("corridorStatus").asText() : e.path("level").asText(),
                    e.path("basis").asText(), plain(e.path("percent")), state));
        }
        for (JsonNode b : budgets) {
            String unit = b.path("businessUnit").asText();
            if (events.stream().noneMatch(e -> e.path("businessUnit").asText().equals(unit))) {
                line(String.format("  %-36s none: projected %s %% is below the 80 %% alert", unit + " / " + b.path("period").asText(),
                        plain(b.path("status").path("projectedPercent"))));
            }
        }

        line("");
        line("Consumption corridors for " + MONTH + " (GET /v1/budgets/corridors: the month's AI spend against the business metric)");
        for (JsonNode k : getJson(chargeback + "/v1/budgets/corridors?month=" + MONTH)) {
            line(String.format("  %s on %s %s: %s-%s %% = %s to %s, spend %s = %s %%: %s", k.path("businessUnit").asText(),
                    k.path("metric").asText(), plain(k.path("metricValue")), plain(k.path("floorPercent")),
                    plain(k.path("ceilingPercent")), plain(k.path("floorAmount")), plain(k.path("ceilingAmount")),
                    cents(k.path("spend")), plain(k.path("spendPercent")), k.path("status").asText()));
        }
    }

    /** Re-running rebuilds the month's drafts only: issued statements are kept as issued. */
    private void runStatements() throws IOException, InterruptedException {
        JsonNode body = JSON.createObjectNode().put("month", MONTH);
        JsonNode run = JSON.readTree(send(jsonPost(chargeback + "/v1/statement-runs", body), Set.of(201)).body());
        line("  statement run " + run.path("id").asText() + " for " + MONTH);
        awaitEvaluation();
        line("  governance evaluated after the run (budgets covering " + MONTH + ")");
    }

    /**
     * Issues each draft that has something to invoice and answers every standing statement of the month with its
     * lines. A draft without chargeback lines (the platform team's, which only carries unallocated provider cost) is
     * kept as a draft: issuing it would create an invoice of 0.00.
     */
    private List<JsonNode> issueDrafts() throws IOException, InterruptedException {
        List<JsonNode> standing = new ArrayList<>();
        for (JsonNode summary : getJson(chargeback + "/v1/statements?month=" + MONTH)) {
            String id = summary.path("id").asText();
            JsonNode statement = getJson(chargeback + "/v1/statements/" + id);
            String businessUnit = statement.path("businessUnit").asText();
            if (!"DRAFT".equals(statement.path("status").asText())) {
                line(String.format("  statement %s: %s already as %s, kept", businessUnit,
                        statement.path("status").asText().toLowerCase(Locale.ROOT), statement.path("invoiceNumber").asText("-")));
            } else if (linesOf(statement, INVOICED_KINDS).isEmpty()) {
                line(String.format("  statement %s: not issued, nothing to invoice (no chargeback lines); stays a draft", businessUnit));
            } else {
                statement = issue(id, businessUnit);
                line(String.format("  statement %s: issued as %s", businessUnit, statement.path("invoiceNumber").asText()));
            }
            standing.add(statement);
        }
        return standing;
    }

    private void report(List<JsonNode> statements) throws IOException, InterruptedException {
        line("");
        line("Statements for " + MONTH + " (USD; showback = actual cost incl. cost entries, chargeback = outcomes x internal price,");
        line("recovery = chargeback - showback)");
        line(String.format("  %-36s %-8s %10s %11s %10s   %s", "business unit", "cost ctr", "showback", "chargeback", "recovery", "invoice"));
        List<JsonNode> platform = new ArrayList<>();
        for (JsonNode s : statements) {
            line(String.format("  %-36s %-8s %10s %11s %10s   %s",
                    s.path("businessUnit").asText() + " (" + s.path("businessUnitName").asText("not registered") + ")",
                    s.path("costCenter").asText("-"), cents(s.path("showbackTotal")), cents(s.path("chargebackTotal")),
                    cents(s.path("recovery").path("total")),
                    s.path("invoiceNumber").isNull() ? s.path("status").asText().toLowerCase(Locale.ROOT) : s.path("invoiceNumber").asText()));
            List<String> split = new ArrayList<>();
            for (JsonNode category : s.path("showback").path("byBudgetCategory")) {
                if (category.path("amount").decimalValue().signum() != 0) {
                    split.add(category.path("key").asText() + " " + cents(category.path("amount")));
                }
            }
            if (!split.isEmpty()) {
                line("      by budget category: " + String.join(", ", split));
            }
            if (s.path("unallocatedTotal").decimalValue().signum() != 0) {
                platform.add(s);
            }
        }
        for (JsonNode s : platform) {
            line("");
            line(String.format("Unallocated provider cost on %s's statement (no rule and no tag claimed it): %s USD",
                    s.path("businessUnit").asText(), cents(s.path("unallocatedTotal"))));
            for (JsonNode l : linesOf(s, Set.of("UNALLOCATED"))) {
                // The line's sources name the SKUs behind it: what the platform team has to find an owner for.
                Set<String> skus = new TreeSet<>();
                for (JsonNode group : getJson(chargeback + "/v1/statements/" + s.path("id").asText() + "/lines/"
                        + l.path("lineNumber").asInt() + "/sources").path("costGroups")) {
                    skus.add(group.path("dimensions").path("skuId").asText("(no SKU)"));
                }
                line(String.format("  %-60s %10s", l.path("serviceName").asText() + " (" + l.path("serviceCategory").asText()
                        + "), SKU " + String.join(", ", skus), cents(l.path("amount"))));
            }
        }

        line("");
        line("Unit economics for " + MONTH + " (cost = showback on the use case; value = units x declared value per unit)");
        line(String.format("  %-32s %8s %10s %10s %10s %10s %14s", "use case", "units", "cost", "cost/unit",
                "value/unit", "value:cost", "tokens/outcome"));
        for (JsonNode s : statements) {
            for (JsonNode u : s.path("unitEconomics")) {
                line(String.format("  %-32s %8s %10s %10s %10s %10s %14s",
                        s.path("businessUnit").asText() + "/" + u.path("useCase").asText(), plain(u.path("units")),
                        cents(u.path("cost")), plain(u.path("costPerUnit")), plain(u.path("valuePerUnit")),
                        plain(u.path("valueToCostRatio")), plain(u.path("tokensPerOutcome"))));
            }
        }

        JsonNode r = getJson(chargeback + "/v1/reconciliation?month=" + MONTH);
        String currency = r.path("currency").asText();
        line("");
        line("Reconciliation for " + MONTH + " (GET /v1/reconciliation: provider totals from ingestion now vs the standing statements)");
        line(String.format("  BilledCost     provider %s %s, to the cent %s = provider showback %s + unallocated %s, difference %s",
                r.path("costTotal").decimalValue().toPlainString(), currency, toCents(r.path("costTotal")), cents(r.path("allocatedTotal")),
                cents(r.path("unallocatedTotal")), cents(r.path("difference"))));
        line(String.format("  EffectiveCost  provider %s %s, to the cent %s = on the statements %s, difference %s",
                r.path("effectiveCostTotal").decimalValue().toPlainString(), currency, toCents(r.path("effectiveCostTotal")),
                cents(r.path("effectiveStatementTotal")),
                cents(r.path("effectiveDifference"))));
        boolean balanced = r.path("balanced").asBoolean();
        line("  balanced: " + balanced + (balanced ? " (BilledCost and EffectiveCost reconciled to the cent)"
                : " (NOT RECONCILED: the statements do not account for every provider dollar)"));
        if (!balanced) {
            throw new SuiteException("The demo statements do not reconcile with the provider costs:\n" + out);
        }
    }

    /** What an event fired on: the budget's scope, or the corridor and month. */
    private static String scopeOf(JsonNode event) {
        return "CORRIDOR".equals(event.path("kind").asText())
                ? event.path("businessUnit").asText() + " corridor / " + event.path("month").asText()
                : event.path("budgetScope").asText();
    }

    private static List<JsonNode> linesOf(JsonNode statement, Set<String> kinds) {
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode l : statement.path("lines")) {
            if (kinds.contains(l.path("kind").asText())) lines.add(l);
        }
        return lines;
    }

    /** Statement amounts are already rounded to cents by chargeback; this only shows them with two decimals. */
    private static String cents(JsonNode amount) {
        return amount.decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A provider total at full precision, rounded as the statements round it (HALF_EVEN). */
    private static String toCents(JsonNode amount) {
        return amount.decimalValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A rate or quantity as the service computed it; "-" when there is none (no value declared, no tokens). */
    private static String plain(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? "-" : value.decimalValue().toPlainString();
    }

    /** The demo files keep amounts as strings so no reader turns them into binary floating point. */
    private static void decimal(ObjectNode node, String field) {
        if (node.hasNonNull(field)) {
            node.put(field, new BigDecimal(node.path(field).asText()));
        }
    }

    private JsonNode getJson(String url) throws IOException, InterruptedException {
        return JSON.readTree(send(HttpRequest.newBuilder(URI.create(url)).GET(), Set.of(200)).body());
    }

    private HttpRequest.Builder jsonPost(String url, JsonNode body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Set<Integer> expected) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", authorization).build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        if (!expected.contains(response.statusCode())) {
            throw new SuiteException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

}
