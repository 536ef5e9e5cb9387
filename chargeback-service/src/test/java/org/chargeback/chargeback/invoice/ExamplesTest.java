package org.chargeback.chargeback.invoice;

import com.fasterxml.jackson.core.type.TypeReference;
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
        assertThat(STRICT.readValue(Examples.INVOICE_LIST, new TypeReference<List<InvoiceView>>() { })).hasSize(1);
        assertThat(STRICT.readTree(Examples.PROBLEM_NOT_FOUND).get("status").asInt()).isEqualTo(404);
        CreditNoteResource.CreditNoteView note = STRICT.readValue(Examples.CREDIT_NOTE, CreditNoteResource.CreditNoteView.class);
        assertThat(note.total()).isEqualByComparingTo("-2069.05");
        assertThat(STRICT.readValue(Examples.CREDIT_NOTE_LIST,
                new TypeReference<List<CreditNoteResource.CreditNoteView>>() { })).hasSize(1);
        assertThat(note.invoiceNumber()).isEqualTo("INV-2026-000001");
    }
}
