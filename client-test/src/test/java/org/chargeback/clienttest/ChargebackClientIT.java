package org.chargeback.clienttest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chargeback.client.chargeback.ApiClient;
import org.chargeback.client.chargeback.ApiException;
import org.chargeback.client.chargeback.api.InvoicesApi;
import org.chargeback.client.chargeback.api.StatementsApi;
import org.chargeback.client.chargeback.model.AcknowledgeInvoiceRequest;
import org.chargeback.client.chargeback.model.CreditNotePageView;
import org.chargeback.client.chargeback.model.CreditNoteView;
import org.chargeback.client.chargeback.model.InvoiceAcknowledgementView;
import org.chargeback.client.chargeback.model.InvoicePageView;
import org.chargeback.client.chargeback.model.InvoiceView;
import org.chargeback.client.chargeback.model.ReasonRequest;
import org.chargeback.client.chargeback.model.StatementStatus;
import org.chargeback.client.chargeback.model.StatementSummary;
import org.chargeback.client.chargeback.model.StatementView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A finance system's view of the suite, through the Java client generated from chargeback-service's OpenAPI document:
 * deploy/suite starts the real suite with the demo (its own SUITE_HOME and free ports), the test checks the running
 * service serves the very document the client was generated from, pulls every invoice page by page, checks the
 * totals against the statements, voids one statement and pulls its credit note, and books every invoice.
 */
class ChargebackClientIT {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path SPEC = Path.of(System.getProperty("chargeback.openapi",
            ROOT.resolve("chargeback-service/target/openapi/openapi.json").toString()));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> env = new HashMap<>();

    private static InvoicesApi invoicesApi;
    private static StatementsApi statementsApi;

    @BeforeAll
    static void startTheSuiteWithTheDemo() throws Exception {
        Path home = ROOT.resolve("client-test/target/it-suite-home");
        deleteRecursively(home);
        env.put("SUITE_HOME", home.toString());
        for (String variable : List.of("INGESTION_PORT", "PRICING_PORT", "CHARGEBACK_PORT", "SUITE_POSTGRES_PORT")) {
            env.put(variable, Integer.toString(freePort()));
        }
        Result up = suite("up", "--detach", "--demo");
        assertThat(up.exitCode).as(up.output).isZero();

        // The finance system's own token, as a script gets it: deploy/suite token finance.
        Result token = suite("token", "finance");
        assertThat(token.exitCode).as(token.output).isZero();
        String[] lines = token.output.strip().split("\n");
        String bearer = "Bearer " + lines[lines.length - 1].strip();

        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.setRequestInterceptor(request -> request.header("Authorization", bearer));
        client.updateBaseUri(chargeback());
        invoicesApi = new InvoicesApi(client);
        statementsApi = new StatementsApi(client);
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        suite("down");
    }

    @Test
    void shouldServeTheDocumentTheClientWasGeneratedFrom() throws Exception {
        HttpResponse<String> live = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(chargeback() + "/q/openapi?format=json")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(live.statusCode()).isEqualTo(200);
        JsonNode served = JSON.readTree(live.body());
        JsonNode built = JSON.readTree(SPEC.toFile());
        // The only expected difference: the build adds "servers" (auto generated http://localhost:8083), the running
        // service answers without them; the client is pointed at the running suite anyway.
        ((ObjectNode) built).remove("servers");
        List<String> differences = new ArrayList<>();
        diff("", built, served, differences);
        assertThat(differences).as("live /q/openapi against " + SPEC).isEmpty();

        // Every operation: operationId, summary, its errors as problem+json, an example, a schema on each answer.
        int operations = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) served.path("paths")::fields) {
            for (var operation : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                JsonNode op = operation.getValue();
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                assertThat(op.path("operationId").asText()).as(name + " operationId").isNotBlank();
                assertThat(op.path("summary").asText()).as(name + " summary").isNotBlank();
                assertThat(op.path("responses").toString()).as(name + " problem+json").contains("application/problem+json");
                assertThat(op.path("responses").toString() + op.path("requestBody")).as(name + " example").contains("example");
                for (var response : (Iterable<Map.Entry<String, JsonNode>>) op.path("responses")::fields) {
                    for (var content : (Iterable<Map.Entry<String, JsonNode>>) response.getValue().path("content")::fields) {
                        assertThat(content.getValue().has("schema")).as(name + " " + response.getKey() + " "
                                + content.getKey() + " schema").isTrue();
                    }
                }
            }
        }
        System.out.println("chargeback-service OpenAPI: " + operations + " operations, all documented");
        assertThat(operations).isGreaterThan(30);
    }

    @Test
    void shouldPullEveryInvoicePageByPageAndMatchTheStatements() throws Exception {
        // 1. Every invoice, two per page, as a finance system resuming from its stored cursor would.
        Feed first = pullInvoices(null, null);
        assertThat(first.items).isNotEmpty();
        assertThat(first.pages).isGreaterThan(1);
        assertThat(first.items).extracting(InvoiceView::getNumber).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("INV-\\d{4}-\\d{6}"));
        assertThat(sumInvoices(first.items)).isEqualByComparingTo(chargebackOfStatementsWithAnInvoice(first.items));
        System.out.printf("pulled %d invoices in %d pages: %s, total %s; statements' chargeback total %s%n",
                first.items.size(), first.pages, first.items.stream().map(i -> i.getNumber() + " " + i.getBusinessUnit()
                        + " " + i.getCostCenter() + " " + i.getTotal() + " " + i.getCurrency()).toList(),
                sumInvoices(first.items), chargebackOfStatementsWithAnInvoice(first.items));
        for (InvoiceView invoice : first.items) {
            assertThat(invoice.getTotals()).singleElement()
                    .satisfies(t -> assertThat(t.getAmount()).isEqualByComparingTo(invoice.getTotal()));
            assertThat(invoicesApi.getInvoice(invoice.getNumber())).isEqualTo(invoice);
        }
        // Nothing new: the stored cursor gives an empty page and hands itself back.
        InvoicePageView after = invoicesApi.listInvoices(null, first.cursor, 2);
        assertThat(after.getItems()).isEmpty();
        assertThat(after.getNextCursor()).isEqualTo(first.cursor);
        assertThat(after.getHasMore()).isFalse();

        // 2. Void one statement: its credit note references the invoice and appears in the credit note feed.
        InvoiceView voidedInvoice = first.items.stream().max(Comparator.comparing(InvoiceView::getTotal)).orElseThrow();
        StatementView voided = statementsApi.voidStatement(voidedInvoice.getStatementId(),
                new ReasonRequest().reason("Booked to the wrong cost center").by("finance@example.com"));
        assertThat(voided.getStatus()).isEqualTo(StatementStatus.VOIDED);
        List<CreditNoteView> creditNotes = pullCreditNotes();
        assertThat(creditNotes).singleElement().satisfies(note -> {
            assertThat(note.getInvoiceNumber()).isEqualTo(voidedInvoice.getNumber());
            assertThat(note.getTotal()).isEqualByComparingTo(voidedInvoice.getTotal().negate());
        });
        assertThat(invoicesApi.getInvoice(voidedInvoice.getNumber()).getCreditNotes())
                .containsExactly(creditNotes.get(0).getNumber());
        // Booked net = what issued statements charge: invoices + credit notes = chargeback of the ISSUED ones.
        BigDecimal net = sumInvoices(first.items).add(creditNotes.stream().map(CreditNoteView::getTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertThat(net).isEqualByComparingTo(chargebackOfIssuedStatements(first.items));
        System.out.printf("voided %s: credit note %s of %s; invoices + credit notes = %s = chargeback of issued "
                + "statements%n", voidedInvoice.getNumber(), creditNotes.get(0).getNumber(),
                creditNotes.get(0).getTotal(), net);

        // 3. Book every invoice still to book; a retry is harmless, another reference is refused.
        Feed toBook = pullInvoices(null, false);
        assertThat(toBook.items).hasSameSizeAs(first.items);
        for (InvoiceView invoice : toBook.items) {
            InvoiceAcknowledgementView ack = invoicesApi.acknowledgeInvoice(invoice.getNumber(),
                    new AcknowledgeInvoiceRequest().reference("GL-" + invoice.getNumber()).bookedBy("client-test"));
            assertThat(ack.getReference()).isEqualTo("GL-" + invoice.getNumber());
            assertThat(invoicesApi.acknowledgeInvoice(invoice.getNumber(),
                    new AcknowledgeInvoiceRequest().reference("GL-" + invoice.getNumber()))).isEqualTo(ack);
        }
        assertThatThrownBy(() -> invoicesApi.acknowledgeInvoice(toBook.items.get(0).getNumber(),
                new AcknowledgeInvoiceRequest().reference("GL-other")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("invoice-already-acknowledged")
                            .contains("GL-" + toBook.items.get(0).getNumber());
                });
        assertThat(pullInvoices(null, false).items).isEmpty();
        assertThat(pullInvoices(null, true).items).hasSameSizeAs(first.items);
        System.out.printf("booked %d invoices; GET /v1/invoices?acknowledged=false is empty%n", toBook.items.size());

        // A cursor the service did not hand out is a 400 naming the parameter.
        assertThatThrownBy(() -> invoicesApi.listInvoices(null, "not-a-cursor", 2))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseBody()).contains("\"field\":\"after\"");
                });
    }

    /** JSON pointers where two documents differ (at most 20). */
    private static void diff(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (out.size() >= 20 || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name;
                if (!expected.has(name) || !actual.has(name)) {
                    out.add(child + (expected.has(name) ? " only in the built document" : " only in the served one"));
                } else {
                    diff(child, expected.get(name), actual.get(name), out);
                }
            }
        } else {
            out.add(pointer + ": built " + abbreviate(expected) + ", served " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }

    // ---- the generated client, page by page -------------------------------------------------------------------------

    private record Feed(List<InvoiceView> items, String cursor, int pages) {
    }

    private static Feed pullInvoices(String cursor, Boolean acknowledged) throws ApiException {
        List<InvoiceView> items = new ArrayList<>();
        int pages = 0;
        InvoicePageView page;
        do {
            page = invoicesApi.listInvoices(acknowledged, cursor, 2);
            pages++;
            items.addAll(page.getItems());
            cursor = page.getNextCursor(); // a finance system stores this after booking the page
        } while (page.getHasMore());
        return new Feed(items, cursor, pages);
    }

    private static List<CreditNoteView> pullCreditNotes() throws ApiException {
        List<CreditNoteView> items = new ArrayList<>();
        String cursor = null;
        CreditNotePageView page;
        do {
            page = invoicesApi.listCreditNotes(cursor, 2);
            items.addAll(page.getItems());
            cursor = page.getNextCursor();
        } while (page.getHasMore());
        return items;
    }

    private static BigDecimal sumInvoices(List<InvoiceView> invoices) {
        return invoices.stream().map(InvoiceView::getTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every version of every statement of the invoices' months, one per invoice (restated versions share it). */
    private static Map<String, StatementSummary> statementsByInvoice(List<InvoiceView> invoices) throws ApiException {
        Map<String, StatementSummary> byInvoice = new LinkedHashMap<>();
        for (String month : new TreeSet<>(invoices.stream().map(InvoiceView::getMonth).toList())) {
            List<StatementSummary> versions = new ArrayList<>(statementsApi.listStatements(true, null, month));
            versions.sort(Comparator.comparing(StatementSummary::getVersion));
            for (StatementSummary statement : versions) {
                if (statement.getInvoiceNumber() != null) {
                    byInvoice.put(statement.getInvoiceNumber(), statement); // the latest version wins
                }
            }
        }
        return byInvoice;
    }

    private static BigDecimal chargebackOfStatementsWithAnInvoice(List<InvoiceView> invoices) throws ApiException {
        Map<String, StatementSummary> byInvoice = statementsByInvoice(invoices);
        assertThat(byInvoice.keySet()).containsExactlyInAnyOrderElementsOf(
                invoices.stream().map(InvoiceView::getNumber).toList());
        return byInvoice.values().stream().map(StatementSummary::getChargebackTotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal chargebackOfIssuedStatements(List<InvoiceView> invoices) throws ApiException {
        return statementsByInvoice(invoices).values().stream()
                .filter(s -> s.getStatus() == StatementStatus.ISSUED)
                .map(StatementSummary::getChargebackTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- the running suite ------------------------------------------------------------------------------------------

    private static String chargeback() {
        return "http://localhost:" + env.get("CHARGEBACK_PORT");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result suite(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/suite").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(6, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        System.out.println("$ deploy/suite " + String.join(" ", args) + "\n" + text);
        return new Result(process.exitValue(), text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
