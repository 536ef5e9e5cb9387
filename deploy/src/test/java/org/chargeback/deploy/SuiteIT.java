package org.chargeback.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suite as a user runs it: deploy/suite starts one embedded PostgreSQL and the three services as real
 * processes, loads the demo through the public APIs, stops, and does it all again on the same SUITE_HOME.
 * Expected figures are computed here from the demo files themselves, not copied from the services.
 */
class SuiteIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path DEMO = ROOT.resolve("deploy/demo");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** An admin token signed with the suite\'s key pair in its SUITE_HOME. */
    private static String bearer;

    private static Path home;
    private static final Map<String, String> env = new HashMap<>();

    @BeforeAll
    static void freshHomeAndFreePorts() throws IOException {
        home = ROOT.resolve("deploy/target/it-suite-home");
        LocalMachine.deleteRecursively(home);
        bearer = "Bearer " + SuiteKeys.ensure(home).adminToken(); // the suite finds and uses this key pair
        env.put("SUITE_HOME", home.toString());
        env.put("INGESTION_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("PRICING_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("CHARGEBACK_PORT", Integer.toString(LocalMachine.freePort()));
        env.put("SUITE_POSTGRES_PORT", Integer.toString(LocalMachine.freePort()));
    }

    @AfterAll
    static void stopWhateverRuns() throws Exception {
        suite("down");
    }

    @Test
    void shouldRunTheDemoTwiceOnTheSameHomeAndReconcileToTheCent() throws Exception {
        Result first = suite("up", "--detach", "--demo");
        assertThat(first.exitCode).as(first.output).isZero();
        assertThat(first.output).contains("reconciled to the cent").contains("Swagger UI");
        assertThat(first.output).contains("cost file focus-costs-2026-10.csv: imported");

        assertEveryOperationIsDocumented();
        assertAccessControl(first.output);

        Result status = suite("status");
        assertThat(status.exitCode).isZero();
        assertThat(status.output.split("ready", -1)).hasSizeGreaterThan(3); // the suite line and three services

        List<JsonNode> statements = statements();
        assertThat(statements).extracting(s -> s.path("businessUnit").asText())
                .containsExactlyInAnyOrder("customer-support", "legal", "marketing", "platform");
        Map<String, JsonNode> byUnit = new HashMap<>();
        for (JsonNode summary : statements) {
            byUnit.put(summary.path("businessUnit").asText(), get(chargeback() + "/v1/statements/" + summary.path("id").asText()));
        }
        for (String unit : List.of("customer-support", "legal", "marketing")) {
            assertThat(byUnit.get(unit).path("status").asText()).as(unit).isEqualTo("ISSUED");
        }
        // The platform team's statement only carries the unallocated rest: nothing to invoice, so it stays a draft.
        assertThat(byUnit.get("platform").path("status").asText()).isEqualTo("DRAFT");
        assertThat(byUnit.get("platform").path("businessUnitName").asText()).isEqualTo("AI Platform team");
        assertThat(first.output).contains("statement platform: not issued, nothing to invoice");

        // Every provider dollar lands somewhere: provider showback (showback without cost entries) + unallocated
        // = the file's BilledCost, to the cent; and the service's own reconciliation says the same.
        BigDecimal providerShowback = byUnit.values().stream()
                .map(s -> s.path("showbackTotal").decimalValue().subtract(s.path("manualTotal").decimalValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unallocated = byUnit.values().stream().map(s -> s.path("unallocatedTotal").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fileTotal = fileBilledCost().setScale(2, RoundingMode.HALF_EVEN);
        assertThat(providerShowback.add(unallocated)).isEqualByComparingTo(fileTotal);
        assertThat(unallocated).isEqualByComparingTo(unclaimedBilledCost().setScale(2, RoundingMode.HALF_EVEN));
        JsonNode reconciliation = get(chargeback() + "/v1/reconciliation?month=2026-10");
        assertThat(reconciliation.path("balanced").asBoolean()).as(reconciliation.toString()).isTrue();
        assertThat(reconciliation.path("allocatedTotal").decimalValue()).isEqualByComparingTo(providerShowback);
        assertThat(reconciliation.path("unallocatedTotal").decimalValue()).isEqualByComparingTo(unallocated);
        assertThat(reconciliation.path("costTotal").decimalValue()).isEqualByComparingTo(fileBilledCost());

        // What the owners read: Legal's contractor is TALENT, Marketing's Copilot seats a RECURRING EMBEDDED line,
        // the data transfer no rule claims an UNALLOCATED line on the platform team's statement.
        assertThat(amountOf(byUnit.get("legal").path("showback").path("byBudgetCategory"), "TALENT"))
                .isEqualByComparingTo("1200.00");
        // Support's GPU instances (Compute, and its third of the shared NAT gateway) are infrastructure, not vendor
        // spend: the default categories read the FOCUS ServiceCategory.
        BigDecimal supportInfrastructure = csvRows().stream()
                .filter(r -> r.get("ServiceCategory").equals("Compute") && r.get("Tags").contains("customer-support"))
                .map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add)
                .add(csvRows().stream().filter(r -> r.get("SkuId").equals("nat-gateway-hours"))
                        .map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_EVEN));
        assertThat(amountOf(byUnit.get("customer-support").path("showback").path("byBudgetCategory"),
                "INFRASTRUCTURE_AND_COMPUTE").subtract(supportInfrastructure).abs())
                .as("within the cent the largest remainder may move").isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(lines(byUnit.get("marketing"), "SHOWBACK")).filteredOn(l -> l.path("source").asText().equals("RECURRING"))
                .singleElement().satisfies(l -> {
                    assertThat(l.path("amount").decimalValue()).isEqualByComparingTo("228.00"); // 12 seats x 19.00
                    assertThat(l.path("workloadCategory").asText()).isEqualTo("EMBEDDED");
                    assertThat(l.path("budgetCategory").asText()).isEqualTo("VENDOR_AND_API");
                });
        assertThat(lines(byUnit.get("platform"), "UNALLOCATED")).singleElement().satisfies(l -> {
            assertThat(l.path("serviceName").asText()).isEqualTo("Amazon Virtual Private Cloud");
            assertThat(l.path("unroundedAmount").decimalValue()).isEqualByComparingTo("343.1133"); // data-transfer-out
            assertThat(l.path("amount").decimalValue()).isEqualByComparingTo("343.11");
        });
        JsonNode supportBot = unitEconomics(byUnit.get("customer-support"), "support-bot");
        assertThat(supportBot.path("valueToCostRatio").isNull()).as(supportBot.toString()).isFalse();
        assertThat(supportBot.path("valueToCostRatio").decimalValue()).isEqualByComparingTo(
                usage("customer-support").multiply(new BigDecimal("4.50")).setScale(2, RoundingMode.HALF_EVEN)
                        .divide(supportBot.path("cost").decimalValue(), 2, RoundingMode.HALF_EVEN));
        assertThat(supportBot.path("tokensPerOutcome").isNull()).isFalse();
        assertThat(first.output).contains("customer-support/support-bot").contains("TALENT 1200.00")
                .contains("SKU data-transfer-out");

        // Chargeback = outcomes x internal price in force on 2026-10-01 (support 0.05 since July, summaries 0.12).
        Map<String, BigDecimal> expectedChargeback = Map.of(
                "customer-support", usage("customer-support").multiply(new BigDecimal("0.05")),
                "legal", usage("legal").multiply(new BigDecimal("0.12")),
                "marketing", usage("marketing").multiply(new BigDecimal("0.12")));
        List<JsonNode> invoices = invoices();
        assertThat(invoices).hasSize(3);
        for (JsonNode invoice : invoices) {
            assertThat(invoice.path("number").asText()).matches("INV-\\d{4}-\\d{6}");
            assertThat(invoice.path("total").decimalValue()).as(invoice.toString())
                    .isEqualByComparingTo(expectedChargeback.get(invoice.path("businessUnit").asText()).setScale(2, RoundingMode.HALF_EVEN));
        }
        List<String> numbers = invoices.stream().map(i -> i.path("number").asText()).sorted().toList();
        Map<String, String> issuedHashes = new HashMap<>();
        byUnit.values().stream().filter(s -> s.path("status").asText().equals("ISSUED"))
                .forEach(s -> issuedHashes.put(s.path("id").asText(), s.path("contentHash").asText()));
        assertThat(issuedHashes).hasSize(3).allSatisfy((id, hash) -> assertThat(hash).startsWith("sha256:"));

        // Governance: the 2026-Q4 envelopes of budgets.json against October's showback. Each crossing exists once;
        // customer-support's statement was issued only after its EXECUTIVE_APPROVAL event was approved.
        Map<String, BigDecimal> showback = new HashMap<>();
        byUnit.forEach((unit, s) -> showback.put(unit, s.path("showbackTotal").decimalValue()));
        assertGovernance(showback, first.output);
        assertThat(first.output).contains("budget customer-support / 2026-Q4: 3400.00 USD").contains(": created")
                .contains("statement customer-support: issue refused (409 approval-required)")
                .contains("EXECUTIVE_APPROVAL event approved by cfo@example.com");

        // Token counts of the demo events, summed by ingestion; the events themselves listed page by page (lineage).
        JsonNode usageTotals = get(ingestion() + "/v1/usage/summary?month=2026-10").path("totals");
        assertThat(usageTotals.path("tokensIn").decimalValue()).isEqualByComparingTo(demoTokens("tokensIn"));
        assertThat(usageTotals.path("tokensOut").decimalValue()).isEqualByComparingTo(demoTokens("tokensOut"));
        assertThat(usageTotals.path("tokenEventCount").asLong()).isEqualTo(93);
        List<String> listed = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = get(ingestion() + "/v1/usage-events?month=2026-10&limit=40"
                    + (cursor == null ? "" : "&after=" + cursor));
            page.path("events").forEach(e -> listed.add(e.path("eventId").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        assertThat(listed).hasSize(93).doesNotHaveDuplicates();

        Result down = suite("down");
        assertThat(down.exitCode).isZero();
        assertThat(portsFree()).isTrue();

        // Second start on the same SUITE_HOME: the data is still there and loading the demo again adds nothing.
        Result second = suite("up", "--detach", "--demo");
        assertThat(second.exitCode).as(second.output).isZero();
        assertThat(second.output).contains("already imported").contains("0 accepted, 93 duplicates").contains("reconciled to the cent")
                .contains("0 registered, 4 already there").contains("0 created, 5 already there").contains("already entered");
        assertThat(invoices().stream().map(i -> i.path("number").asText()).sorted().toList()).isEqualTo(numbers);
        assertThat(second.output).contains("budget legal / 2026-Q4: 4600.00 USD (15 % innovation reserve off the top): already there")
                .contains("corridor customer-support: AI spend 2-3 % of digital-transaction-revenue: already there")
                .doesNotContain("issue refused");
        assertGovernance(showback, second.output);
        assertThat(get(chargeback() + "/v1/budgets?period=2026-Q4")).hasSize(3);
        // The second run changed no issued statement: same statements (no restated version), same content hash.
        for (Map.Entry<String, String> issued : issuedHashes.entrySet()) {
            JsonNode statement = get(chargeback() + "/v1/statements/" + issued.getKey());
            assertThat(statement.path("contentHash").asText()).as(statement.path("businessUnit").asText()).isEqualTo(issued.getValue());
            assertThat(statement.path("supersededById").isNull()).isTrue();
        }
        assertThat(get(chargeback() + "/v1/cost-entries?month=2026-10&businessUnit=legal")).hasSize(1);
        assertThat(get(chargeback() + "/v1/recurring-cost-entries/github-copilot-marketing/versions")).hasSize(1);
        assertThat(get(chargeback() + "/v1/credit-notes").path("items")).isEmpty();
        assertThat(get(chargeback() + "/v1/reconciliation?month=2026-10").path("balanced").asBoolean()).isTrue();
        assertThat(get(ingestion() + "/v1/usage/summary?month=2026-10").path("totals").path("eventCount").asLong()).isEqualTo(93);
        assertThat(get(ingestion() + "/v1/costs/summary?billingPeriod=2026-10").path("totals").get(0).path("rowCount").asLong())
                .isEqualTo(csvRows().size());

        assertThat(suite("down").exitCode).isZero();
        Result stopped = suite("status");
        assertThat(stopped.exitCode).isEqualTo(3);
        assertThat(stopped.output).contains("not running");
        assertThat(portsFree()).isTrue();
    }

    @Test
    void shouldRefuseToStartWhenAPortIsTakenAndSayWhichVariableToSet() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> own = new HashMap<>(env);
            own.put("SUITE_HOME", home.resolve("../it-suite-home-busy").normalize().toString());
            own.put("PRICING_PORT", Integer.toString(taken.getLocalPort()));
            Result result = run(own, "up", "--detach");
            assertThat(result.exitCode).isNotZero();
            assertThat(result.output).contains("port " + taken.getLocalPort()).contains("PRICING_PORT");
        }
    }

    /** Every operation of the three services: operationId, summary, an example, and its errors as problem+json. */
    private static void assertEveryOperationIsDocumented() throws Exception {
        int operations = 0;
        for (String port : List.of(env.get("INGESTION_PORT"), env.get("PRICING_PORT"), env.get("CHARGEBACK_PORT"))) {
            JsonNode api = get("http://localhost:" + port + "/q/openapi?format=json");
            for (var path : (Iterable<Map.Entry<String, JsonNode>>) api.path("paths")::fields) {
                for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                    JsonNode op = operation.getValue();
                    String name = operation.getKey().toUpperCase() + " " + path.getKey() + " on port " + port;
                    operations++;
                    assertThat(op.path("operationId").asText()).as(name + " operationId").isNotBlank();
                    assertThat(op.path("summary").asText()).as(name + " summary").isNotBlank();
                    assertThat(op.path("responses").toString()).as(name + " problem+json error response").contains("application/problem+json");
                    assertThat(op.path("responses").toString() + op.path("requestBody")).as(name + " example").contains("example");
                }
            }
        }
        assertThat(operations).isGreaterThan(25);
    }

    // ---- expected figures, from the demo files --------------------------------------------------------------------

    private static List<Map<String, String>> csvRows() throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(DEMO.resolve("focus-costs-2026-10.csv").toFile())) {
            return rows.readAll();
        }
    }

    private static BigDecimal fileBilledCost() throws IOException {
        return csvRows().stream().map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Rows without a business unit tag that no rule claims: the shared NAT gateway is split (allocation-rules.json). */
    private static BigDecimal unclaimedBilledCost() throws IOException {
        return csvRows().stream().filter(r -> r.get("Tags").isEmpty() && !r.get("SkuId").equals("nat-gateway-hours"))
                .map(r -> new BigDecimal(r.get("BilledCost"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal demoTokens(String attribute) throws IOException {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode event : JSON.readTree(DEMO.resolve("usage-events-2026-10.json").toFile())) {
            total = total.add(event.path("attributes").path(attribute).decimalValue());
        }
        return total;
    }

    private static BigDecimal usage(String businessUnit) throws IOException {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode event : JSON.readTree(DEMO.resolve("usage-events-2026-10.json").toFile())) {
            if (event.path("businessUnit").asText().equals(businessUnit)) {
                total = total.add(event.path("quantity").decimalValue());
            }
        }
        return total;
    }

    /**
     * Per budget of budgets.json and level (80 / 90 / 110 % of the governed amount, the envelope less the 15 %
     * innovation reserve): ACTUAL when October's showback reaches it, else PROJECTED when the straight line to the
     * quarter's end does (actual / elapsed days, today counted, x 92), as long as the quarter is open. The demo's
     * projections depend on the day it runs; the ACTUAL crossings do not.
     */
    private static List<String> expectedEvents(Map<String, BigDecimal> showback) throws IOException {
        LocalDate first = LocalDate.of(2026, 10, 1);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long days = 92;
        long elapsed = Math.max(1, Math.min(days, ChronoUnit.DAYS.between(first, today) + 1));
        boolean open = !today.isBefore(first) && today.isBefore(LocalDate.of(2026, 12, 31));
        Map<String, BigDecimal> levels = new java.util.LinkedHashMap<>();
        levels.put("ALERT", new BigDecimal("80"));
        levels.put("OPTIMIZATION_REVIEW", new BigDecimal("90"));
        levels.put("EXECUTIVE_APPROVAL", new BigDecimal("110"));
        List<String> expected = new ArrayList<>();
        for (JsonNode budget : JSON.readTree(DEMO.resolve("budgets.json").toFile()).path("budgets")) {
            String unit = budget.path("businessUnit").asText();
            BigDecimal amount = new BigDecimal(budget.path("amount").asText());
            BigDecimal governed = amount.subtract(amount.multiply(new BigDecimal("15")).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN));
            BigDecimal actual = showback.get(unit);
            BigDecimal projected = elapsed >= days ? actual
                    : actual.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(elapsed), 12, RoundingMode.HALF_EVEN);
            levels.forEach((level, threshold) -> {
                BigDecimal bar = threshold.multiply(governed);
                if (actual.multiply(BigDecimal.valueOf(100)).compareTo(bar) >= 0) {
                    expected.add(unit + " / 2026-Q4 " + level + " ACTUAL");
                } else if (open && projected.multiply(BigDecimal.valueOf(100)).compareTo(bar) >= 0) {
                    expected.add(unit + " / 2026-Q4 " + level + " PROJECTED");
                }
            });
        }
        return expected;
    }

    private static void assertGovernance(Map<String, BigDecimal> showback, String output) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        List<JsonNode> corridorEvents = new ArrayList<>();
        get(chargeback() + "/v1/governance/events").forEach(e -> (e.path("kind").asText().equals("CORRIDOR") ? corridorEvents : events).add(e));
        List<String> expected = expectedEvents(showback);
        // customer-support's October alone is 3237.06 of a governed 2890.00 (112.01 %): every level on its actual.
        assertThat(expected).contains("customer-support / 2026-Q4 ALERT ACTUAL", "customer-support / 2026-Q4 OPTIMIZATION_REVIEW ACTUAL",
                "customer-support / 2026-Q4 EXECUTIVE_APPROVAL ACTUAL");
        assertThat(events).extracting(e -> e.path("budgetScope").asText() + " " + e.path("level").asText() + " " + e.path("basis").asText())
                .as(output).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events).filteredOn(e -> e.path("level").asText().equals("EXECUTIVE_APPROVAL") && e.path("businessUnit").asText().equals("customer-support"))
                .singleElement().satisfies(e -> {
                    assertThat(e.path("state").asText()).isEqualTo("APPROVED");
                    assertThat(e.path("acknowledgedBy").asText()).isEqualTo("finance-support@example.com");
                    assertThat(e.path("decidedBy").asText()).isEqualTo("cfo@example.com");
                    assertThat(e.path("percent").decimalValue()).isEqualByComparingTo("112.01");
                });
        for (String event : expected) {
            String[] parts = event.split(" ");
            assertThat(output).containsPattern("  " + parts[0] + " / 2026-Q4 +" + parts[3] + " +" + parts[4] + " ");
        }
        assertThat(output).contains("customer-support on digital-transaction-revenue 95000.00: 2-3 % = 1900.00 to 2850.00, spend 3237.06 = 3.41 %: ABOVE_CEILING");
        // Customer Support's October is above its corridor's ceiling: one event for the corridor and the month.
        assertThat(corridorEvents).singleElement().satisfies(e -> {
            assertThat(e.path("businessUnit").asText()).isEqualTo("customer-support");
            assertThat(e.path("month").asText()).isEqualTo("2026-10");
            assertThat(e.path("corridorStatus").asText()).isEqualTo("ABOVE_CEILING");
            assertThat(e.path("percent").decimalValue()).isEqualByComparingTo("3.41");
        });
        assertThat(output).containsPattern("  customer-support corridor / 2026-10 +ABOVE_CEILING +ACTUAL +3.41 ");
    }

    // ---- the running suite ------------------------------------------------------------------------------------------

    private static List<JsonNode> statements() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        get(chargeback() + "/v1/statements?month=2026-10").forEach(list::add);
        return list;
    }

    private static List<JsonNode> lines(JsonNode statement, String kind) {
        List<JsonNode> list = new ArrayList<>();
        statement.path("lines").forEach(l -> {
            if (l.path("kind").asText().equals(kind)) list.add(l);
        });
        return list;
    }

    private static BigDecimal amountOf(JsonNode amounts, String key) {
        for (JsonNode a : amounts) {
            if (a.path("key").asText().equals(key)) return a.path("amount").decimalValue();
        }
        throw new AssertionError("no " + key + " in " + amounts);
    }

    private static JsonNode unitEconomics(JsonNode statement, String useCase) {
        for (JsonNode u : statement.path("unitEconomics")) {
            if (u.path("useCase").asText().equals(useCase)) return u;
        }
        throw new AssertionError("no unit economics for " + useCase + " in " + statement.path("unitEconomics"));
    }

    private static List<JsonNode> invoices() throws Exception {
        List<JsonNode> list = new ArrayList<>();
        JsonNode page = get(chargeback() + "/v1/invoices");
        (page.isArray() ? page : page.path("items")).forEach(list::add);
        return list;
    }

    /**
     * Access control across the running suite: the tokens the launcher printed and prints on demand, 401 without a
     * token, 403 for a role or another business unit, lists filtered to the owner's business units (issue 9). The
     * demo itself ran through service-to-service calls (chargeback to ingestion and pricing) carrying service tokens.
     */
    private static void assertAccessControl(String upOutput) throws Exception {
        Matcher printed = Pattern.compile("export BU_OWNER_TOKEN=(\\S+)").matcher(upOutput);
        assertThat(printed.find()).as("a bu-owner token printed by up\n" + upOutput).isTrue();
        assertThat(upOutput).contains("export ADMIN_TOKEN=").contains("export FINANCE_TOKEN=")
                .contains("export PLATFORM_TOKEN=").contains("# bu-owner of customer-support");
        String owner = printed.group(1);

        HttpResponse<String> anonymous = send(chargeback() + "/v1/statements?month=2026-10", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send(chargeback() + "/q/health/ready", null).statusCode()).isEqualTo(200);

        JsonNode own = JSON.readTree(send(chargeback() + "/v1/statements?month=2026-10", owner).body());
        assertThat(own).extracting(st -> st.path("businessUnit").asText()).containsExactly("customer-support");
        String legal = statements().stream().filter(st -> st.path("businessUnit").asText().equals("legal"))
                .findFirst().orElseThrow().path("id").asText();
        HttpResponse<String> other = send(chargeback() + "/v1/statements/" + legal, owner);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("legal").doesNotContain("showbackTotal");
        JsonNode usage = JSON.readTree(send(ingestion() + "/v1/usage/summary?month=2026-10", owner).body());
        assertThat(usage.path("groups")).isNotEmpty().allSatisfy(g ->
                assertThat(g.path("dimensions").path("businessUnit").asText()).isEqualTo("customer-support"));

        Result platform = suite("token", "platform");
        assertThat(platform.exitCode).as(platform.output).isZero();
        String[] lines = platform.output.strip().split("\n");
        assertThat(send(chargeback() + "/v1/reconciliation?month=2026-10", lines[lines.length - 1].strip())
                .statusCode()).isEqualTo(403);
        Result refused = suite("token", "bu-owner");
        assertThat(refused.exitCode).isNotZero();
        assertThat(refused.output).contains("--bu CODE");
    }

    private static HttpResponse<String> send(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String ingestion() {
        return "http://localhost:" + env.get("INGESTION_PORT");
    }

    private static String chargeback() {
        return "http://localhost:" + env.get("CHARGEBACK_PORT");
    }

    private static JsonNode get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + " -> " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private record Result(int exitCode, String output) {
    }

    private static Result suite(String... args) throws Exception {
        return run(env, args);
    }

    private static Result run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/suite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("$ deploy/suite " + String.join(" ", args) + "\n" + text);
        return new Result(process.exitValue(), text);
    }

    private static boolean portsFree() {
        for (String variable : List.of("INGESTION_PORT", "PRICING_PORT", "CHARGEBACK_PORT", "SUITE_POSTGRES_PORT")) {
            try (ServerSocket ignored = new ServerSocket(Integer.parseInt(env.get(variable)))) {
                // free
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
