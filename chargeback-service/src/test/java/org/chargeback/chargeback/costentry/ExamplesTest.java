package org.chargeback.chargeback.costentry;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.costentry.dto.CostEntryView;
import org.chargeback.chargeback.costentry.dto.CreateCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.CreateRecurringCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.RecurringCostEntryView;
import org.chargeback.chargeback.costentry.dto.ReverseCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.UpdateRecurringCostEntryRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the requests and views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void shouldMatchTheRequestsAndViews() throws Exception {
        assertThat(STRICT.readValue(Examples.CREATE_COST_ENTRY, CreateCostEntryRequest.class).budgetCategory())
                .isEqualTo(BudgetCategory.TALENT);
        assertThat(STRICT.readValue(Examples.CREATE_CREDIT, CreateCostEntryRequest.class).amount())
                .isEqualByComparingTo("-250.00");
        assertThat(STRICT.readValue(Examples.REVERSE_COST_ENTRY, ReverseCostEntryRequest.class).reason())
                .isEqualTo("Entered twice");
        CostEntryView entry = STRICT.readValue(Examples.COST_ENTRY, CostEntryView.class);
        CostEntryView reversal = STRICT.readValue(Examples.REVERSAL, CostEntryView.class);
        assertThat(entry.id().toString()).isEqualTo(Examples.ENTRY_ID);
        assertThat(reversal.id().toString()).isEqualTo(Examples.REVERSAL_ID);
        assertThat(reversal.reverses()).isEqualTo(entry.id());
        assertThat(reversal.amount()).isEqualByComparingTo(entry.amount().negate());
        assertThat(STRICT.readValue(Examples.COST_ENTRY_LIST, new TypeReference<List<CostEntryView>>() { }))
                .extracting(CostEntryView::reversedBy).containsExactly(reversal.id(), null);

        CreateRecurringCostEntryRequest create = STRICT.readValue(Examples.CREATE_RECURRING,
                CreateRecurringCostEntryRequest.class);
        assertThat(create.budgetCategory()).isNull();
        assertThat(STRICT.readValue(Examples.UPDATE_RECURRING, UpdateRecurringCostEntryRequest.class).fromMonth())
                .isEqualTo("2026-12");
        RecurringCostEntryView v1 = STRICT.readValue(Examples.RECURRING, RecurringCostEntryView.class);
        RecurringCostEntryView v2 = STRICT.readValue(Examples.RECURRING_V2, RecurringCostEntryView.class);
        assertThat(v1.workloadCategory()).isEqualTo(WorkloadCategory.EMBEDDED);
        // The examples show what the service computes: monthlyAmount = quantity x unitPrice.
        for (RecurringCostEntryView v : STRICT.readValue(Examples.RECURRING_LIST,
                new TypeReference<List<RecurringCostEntryView>>() { })) {
            assertThat(v.monthlyAmount()).isEqualByComparingTo(v.quantity().multiply(v.unitPrice()));
        }
        assertThat(v1.monthlyAmount()).isEqualByComparingTo(v1.quantity().multiply(v1.unitPrice()));
        assertThat(v2.monthlyAmount()).isEqualByComparingTo(v2.quantity().multiply(v2.unitPrice()));
        assertThat(STRICT.readValue(Examples.RECURRING_VERSIONS, new TypeReference<List<RecurringCostEntryView>>() { }))
                .extracting(RecurringCostEntryView::version).containsExactly(1, 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_COST_ENTRY, Examples.PROBLEM_INVALID_MONTH,
            Examples.PROBLEM_INVALID_RECURRING, Examples.PROBLEM_CURRENCY_MISMATCH, Examples.PROBLEM_ENTRY_NOT_FOUND,
            Examples.PROBLEM_ALREADY_REVERSED, Examples.PROBLEM_IS_A_REVERSAL, Examples.PROBLEM_RECURRING_NOT_FOUND,
            Examples.PROBLEM_RECURRING_EXISTS, Examples.PROBLEM_STALE, Examples.PROBLEM_PRECONDITION_REQUIRED})
    void shouldBeProblemDocuments(String example) throws Exception {
        JsonNode problem = STRICT.readTree(example);

        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 599);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
