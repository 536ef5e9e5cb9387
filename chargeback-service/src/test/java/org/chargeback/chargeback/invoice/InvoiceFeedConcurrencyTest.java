package org.chargeback.chargeback.invoice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.chargeback.upstream.CostSummary;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.chargeback.chargeback.upstream.UsageSummary;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.Upstream.cost;
import static org.chargeback.chargeback.Upstream.costs;
import static org.chargeback.chargeback.Upstream.givenIngestion;
import static org.chargeback.chargeback.Upstream.givenPrice;
import static org.chargeback.chargeback.Upstream.usage;
import static org.chargeback.chargeback.Upstream.usageOf;

/**
 * The feed's promise under load: invoices are created by parallel transactions, across a year boundary (two yearly
 * number counters that are not ordered against each other) and with random pauses before commit, while a reader pages
 * with a small limit and resumes from each nextCursor. The reader must see every created invoice exactly once, in
 * strictly increasing feed order. Created straight through InvoiceService.createInvoice (what issuing calls, in its own
 * transaction here) so that the issue dates can straddle the year, which one fixed test clock cannot.
 */
@QuarkusTest
class InvoiceFeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int PER_WRITER = 12;
    private static final Currency USD = Currency.getInstance("USD");

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @Inject
    InvoiceService invoices;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldGiveAResumingReaderEveryInvoiceExactlyOnceWhileInvoicesAreIssuedInParallel() throws Exception {
        List<String> statementIds = draftStatements("2071-06", WRITERS * PER_WRITER);
        String cursor = InvoiceFeedResourceTest.endOfFeed("/v1/invoices");

        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            List<String> mine = statementIds.subList(w * PER_WRITER, (w + 1) * PER_WRITER);
            writers.add(pool.submit(() -> {
                for (int i = 0; i < mine.size(); i++) {
                    // Alternate the year: INV-2071-... and INV-2072-... come from two counters.
                    Instant issuedAt = Instant.parse(i % 2 == 0 ? "2071-12-31T23:59:59Z" : "2072-01-01T00:00:01Z");
                    String statementId = mine.get(i);
                    String number = QuarkusTransaction.requiringNew().call(() -> {
                        Invoice invoice = invoices.createInvoice(new NewInvoice(UUID.fromString(statementId),
                                "feed-load", null, null, YearMonth.of(2071, 6), USD, issuedAt,
                                List.of(new NewInvoice.Line("load test", BigDecimal.ONE, BigDecimal.ONE,
                                        new Money(BigDecimal.ONE, USD)))));
                        // Hold the locks a while: commits interleave with the reader's pages.
                        Thread.sleep(ThreadLocalRandom.current().nextInt(0, 15));
                        return invoice.number();
                    });
                    created.add(number);
                }
                return null;
            }));
        }
        pool.shutdown();

        List<String> seen = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        int pages = 0;
        while (true) {
            // Checked before the page is read: if every writer had committed by then, this page's snapshot holds
            // everything, and a page without more ends the reading.
            boolean writersDone = pool.isTerminated();
            JsonPath page = page(cursor, 3);
            pages++;
            List<String> numbers = page.getList("items.number", String.class);
            seen.addAll(numbers);
            for (String number : numbers) {
                seqs.add(invoices.findInvoice(number).seq());
            }
            cursor = page.getString("nextCursor");
            if (writersDone && !page.getBoolean("hasMore")) {
                break;
            }
        }
        for (Future<?> writer : writers) {
            writer.get(1, TimeUnit.MINUTES);
        }

        assertThat(seen).as("read in %d pages", pages).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen).hasSize(WRITERS * PER_WRITER);
        List<Long> sorted = new ArrayList<>(seqs);
        Collections.sort(sorted);
        assertThat(seqs).isEqualTo(sorted);
        assertThat(seen).anyMatch(n -> n.startsWith("INV-2071-")).anyMatch(n -> n.startsWith("INV-2072-"));
        // Commit order is not number order here: a keyset on the number would have skipped the INV-2071 invoices
        // committed after the reader had passed an INV-2072 one.
        assertThat(seen).isNotEqualTo(seen.stream().sorted().toList());
    }

    /** One draft per business unit of a month nobody else uses (these statements stay drafts). */
    private List<String> draftStatements(String month, int count) {
        List<CostSummary.Group> groups = new ArrayList<>();
        List<UsageSummary.Group> usageGroups = new ArrayList<>();
        List<String> businessUnits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String bu = String.format("load-%03d", i);
            businessUnits.add(bu);
            groups.add(cost(bu, "Compute", "1.00"));
            usageGroups.add(usage(bu, "ai-resolution", "1"));
        }
        givenIngestion(ingestion, month, costs(month, groups.toArray(CostSummary.Group[]::new)),
                usageOf(month, usageGroups.toArray(UsageSummary.Group[]::new)));
        givenPrice(pricing, month, "ai-resolution", "resolution", "1.00");
        JsonPath run = Api.runMonth(month);
        return businessUnits.stream().map(bu -> Api.statementIdOf(run, bu)).toList();
    }

    private static JsonPath page(String after, int limit) {
        RequestSpecification request = given().queryParam("limit", limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/v1/invoices").then().statusCode(200).extract().jsonPath();
    }
}
