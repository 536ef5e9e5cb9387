package org.chargeback.chargeback.statement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.statement.dto.StartStatementRunRequest;
import org.chargeback.chargeback.statement.dto.StatementRunView;
import org.chargeback.chargeback.statement.dto.StatementSummary;
import org.chargeback.chargeback.statement.dto.StatementView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldMatchTheViews() throws Exception {
        assertThat(STRICT.readValue(Examples.RUN_REQUEST, StartStatementRunRequest.class).month()).isEqualTo("2026-10");
        StatementRunView run = STRICT.readValue(Examples.RUN, StatementRunView.class);
        assertThat(run.reconciliation().allocatedTotal().add(run.reconciliation().unallocatedTotal()))
                .isEqualByComparingTo("1500.00");
        StatementView statement = STRICT.readValue(Examples.STATEMENT, StatementView.class);
        assertThat(statement.lines()).hasSize(3);
        // The example's breakdowns add up to its totals, like the real ones.
        assertThat(statement.showback().byBudgetCategory().stream().map(StatementView.AmountView::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo(statement.showbackTotal());
        assertThat(statement.showback().byUseCase().stream().map(StatementView.AmountView::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add)).isEqualByComparingTo(statement.showbackTotal());
        assertThat(statement.recovery().total()).isEqualByComparingTo(
                statement.chargebackTotal().subtract(statement.showbackTotal()));
        assertThat(STRICT.readValue(Examples.RECONCILIATION, StatementRunView.ReconciliationView.class).balanced())
                .isTrue();
        assertThat(STRICT.readValue(Examples.LINE_SOURCES,
                org.chargeback.chargeback.statement.dto.LineSourcesView.class).costGroups()).hasSize(1);
        assertThat(STRICT.readValue(Examples.DIFF, org.chargeback.chargeback.statement.dto.StatementDiffView.class)
                .lines()).hasSize(1);
        assertThat(STRICT.readValue(Examples.WAIVER, org.chargeback.chargeback.statement.dto.ReasonRequest.class)
                .by()).isNotBlank();
        assertThat(STRICT.readValue(Examples.VOID, org.chargeback.chargeback.statement.dto.ReasonRequest.class)
                .reason()).isNotBlank();
        assertThat(STRICT.readValue(Examples.ISSUED_STATEMENT, StatementView.class).invoiceNumber())
                .isEqualTo("INV-2026-000001");
        assertThat(STRICT.readValue(Examples.STATEMENT_LIST, new TypeReference<List<StatementSummary>>() { }))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_MONTH, Examples.PROBLEM_RUN_NOT_FOUND,
            Examples.PROBLEM_STATEMENT_NOT_FOUND, Examples.PROBLEM_CURRENCY_MISMATCH,
            Examples.PROBLEM_UPSTREAM_UNAVAILABLE, Examples.PROBLEM_ALREADY_ISSUED, Examples.PROBLEM_UNRATED})
    void shouldBeProblemDocuments(String example) throws Exception {
        JsonNode problem = STRICT.readTree(example);

        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 599);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
