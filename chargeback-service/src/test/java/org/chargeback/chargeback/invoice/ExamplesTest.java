package org.chargeback.chargeback.invoice;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldMatchTheViews() throws Exception {
        InvoiceView invoice = STRICT.readValue(Examples.INVOICE, InvoiceView.class);
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(1).amount()).isNull();
        assertThat(invoice.totals()).singleElement().satisfies(t -> assertThat(t.amount()).isEqualByComparingTo("1020.00"));
        assertThat(invoice.acknowledgement().reference()).isEqualTo("GL-2026-11-000871");
        InvoiceView.PageView page = STRICT.readValue(Examples.INVOICE_PAGE, InvoiceView.PageView.class);
        assertThat(page.items()).hasSize(1);
        assertThat(FeedCursor.decode("invoice", page.nextCursor()).seq()).isEqualTo(42);
        assertThat(STRICT.readValue(Examples.ACKNOWLEDGE, AcknowledgeInvoiceRequest.class).reference())
                .isEqualTo("GL-2026-11-000871");
        assertThat(STRICT.readValue(Examples.ACKNOWLEDGEMENT, InvoiceView.AcknowledgementView.class).bookedBy())
                .isEqualTo("sap-connector");
        CreditNoteResource.PageView notes = STRICT.readValue(Examples.CREDIT_NOTE_PAGE, CreditNoteResource.PageView.class);
        assertThat(notes.items()).singleElement().satisfies(n -> assertThat(n.invoiceNumber()).isEqualTo("INV-2026-000001"));
        assertThat(FeedCursor.decode("credit-note", notes.nextCursor()).seq()).isEqualTo(7);
        for (String problem : List.of(Examples.PROBLEM_NOT_FOUND, Examples.PROBLEM_INVALID_CURSOR,
                Examples.PROBLEM_INVALID_LIMIT, Examples.PROBLEM_INVALID_ACKNOWLEDGEMENT,
                Examples.PROBLEM_ALREADY_ACKNOWLEDGED)) {
            assertThat(STRICT.readTree(problem).get("status").asInt()).isBetween(400, 499);
        }
        // The CSV example has the columns InvoiceCsv writes, and as many values on each row.
        List<String> rows = Examples.INVOICE_CSV.lines().toList();
        assertThat(rows.get(0)).isEqualTo(String.join(",", InvoiceCsv.COLUMNS));
        assertThat(rows).hasSize(3);
    }
}
