package org.chargeback.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo data set (deploy/demo) through the public APIs, exactly as a user or a provider feed would, then
 * runs and issues the month's statements and prints them. Every step is idempotent, so loading twice stores nothing
 * new: the cost file is recognised by its SHA-256, products and price versions that exist are left alone, usage
 * events are de-duplicated by eventId, issued statements are kept.
 */
final class DemoLoader {

    static final String MONTH = "2026-10";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Path demo;
    private final String ingestion;
    private final String pricing;
    private final String chargeback;
    private final StringBuilder out = new StringBuilder();

    DemoLoader(SuiteConfig config) {
        this.demo = config.root().resolve("deploy/demo");
        this.ingestion = config.service("ingestion-service").url();
        this.pricing = config.service("pricing-service").url();
        this.chargeback = config.service("chargeback-service").url();
    }

    String load() {
        try {
            line("Loading the demo data set for " + MONTH + " through the public APIs");
            BigDecimal fileTotal = importCosts();
            loadPriceBook();
            recordUsage();
            JsonNode run = runStatements();
            List<JsonNode> statements = issueDrafts();
            report(statements, run, fileTotal);
            return out.toString();
        } catch (IOException e) {
            throw new SuiteException("Loading the demo data failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("Loading the demo data was interrupted");
        }
    }

    private BigDecimal importCosts() throws IOException, InterruptedException {
        String fileName = "focus-costs-" + MONTH + ".csv";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(ingestion + "/v1/cost-imports?fileName=" + fileName))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(demo.resolve(fileName))), Set.of(200, 201));
        JsonNode imported = JSON.readTree(response.body());
        BigDecimal total = imported.path("totals").get(0).path("billedCost").decimalValue();
        line(String.format("  cost file %s: %s, %d rows, BilledCost %s USD", fileName,
                response.statusCode() == 201 ? "imported" : "already imported (same SHA-256), nothing stored",
                imported.path("rowCount").asLong(), total.toPlainString()));
        return total;
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
            Set<String> versions = new java.util.HashSet<>();
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
                        .put("reason", price.path("reason").asText()).put("changedBy", "demo-loader");
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

    private JsonNode runStatements() throws IOException, InterruptedException {
        JsonNode body = JSON.createObjectNode().put("month", MONTH);
        JsonNode run = JSON.readTree(send(jsonPost(chargeback + "/v1/statement-runs", body), Set.of(201)).body());
        line("  statement run " + run.path("id").asText() + " for " + MONTH);
        return run;
    }

    private List<JsonNode> issueDrafts() throws IOException, InterruptedException {
        JsonNode statements = JSON.readTree(send(HttpRequest.newBuilder(URI.create(chargeback + "/v1/statements?month="
                + URLEncoder.encode(MONTH, StandardCharsets.UTF_8))).GET(), Set.of(200)).body());
        List<JsonNode> issued = new ArrayList<>();
        for (JsonNode statement : statements) {
            if ("DRAFT".equals(statement.path("status").asText())) {
                issued.add(JSON.readTree(send(HttpRequest.newBuilder(URI.create(chargeback + "/v1/statements/"
                        + statement.path("id").asText() + "/issue")).POST(HttpRequest.BodyPublishers.noBody()), Set.of(200)).body()));
            } else {
                issued.add(statement);
            }
        }
        return issued;
    }

    private void report(List<JsonNode> statements, JsonNode run, BigDecimal fileTotal) {
        line("");
        line("Statements for " + MONTH + " (USD; showback = actual cost, chargeback = outcomes x internal price)");
        line(String.format("  %-20s %14s %14s   %s", "business unit", "showback", "chargeback", "invoice"));
        BigDecimal showback = BigDecimal.ZERO;
        for (JsonNode s : statements) {
            BigDecimal sb = s.path("showbackTotal").decimalValue();
            showback = showback.add(sb);
            line(String.format("  %-20s %14s %14s   %s", s.path("businessUnit").asText(), cents(sb),
                    cents(s.path("chargebackTotal").decimalValue()), s.path("invoiceNumber").asText("-")));
        }
        BigDecimal unallocated = run.path("reconciliation").path("unallocatedTotal").decimalValue();
        line(String.format("  %-20s %14s", "unallocated rest", cents(unallocated)));
        BigDecimal allocatedPlusRest = showback.add(unallocated);
        BigDecimal fileCents = fileTotal.setScale(2, RoundingMode.HALF_EVEN);
        boolean reconciled = allocatedPlusRest.compareTo(fileCents) == 0;
        line("");
        line(String.format("Reconciliation: showback %s + unallocated %s = %s USD; the file's BilledCost %s USD rounds to %s: %s",
                cents(showback), cents(unallocated), cents(allocatedPlusRest), fileTotal.toPlainString(), cents(fileCents),
                reconciled ? "reconciled to the cent" : "NOT RECONCILED (difference " + allocatedPlusRest.subtract(fileCents).toPlainString() + ")"));
        if (!reconciled) {
            throw new SuiteException("The demo statements do not reconcile with the cost file:\n" + out);
        }
    }

    /** Statement amounts are already rounded to cents by chargeback; this only shows them with two decimals. */
    private static String cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private HttpRequest.Builder jsonPost(String url, JsonNode body) throws IOException {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Set<Integer> expected) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json").build();
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
