package org.chargeback.chargeback.statement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.statement.dto.StartStatementRunRequest;
import org.chargeback.chargeback.statement.dto.StatementDiffView;
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
        assertThat(statement.lines()).hasSize(4);
        assertThat(STRICT.readValue(Examples.ISSUED_STATEMENT, StatementView.class).invoiceNumber())
                .isEqualTo("INV-2026-000001");
        assertThat(STRICT.readValue(Examples.STATEMENT_LIST, new TypeReference<List<StatementSummary>>() { }))
                .hasSize(1);
        StatementDiffView diff = STRICT.readValue(Examples.STATEMENT_DIFF, StatementDiffView.class);
        assertThat(diff.showbackAfter().subtract(diff.showbackBefore())).isEqualByComparingTo(diff.lines().get(0).delta());
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_MONTH, Examples.PROBLEM_RUN_NOT_FOUND,
            Examples.PROBLEM_STATEMENT_NOT_FOUND, Examples.PROBLEM_CURRENCY_MISMATCH,
            Examples.PROBLEM_UPSTREAM_UNAVAILABLE, Examples.PROBLEM_ALREADY_ISSUED, Examples.PROBLEM_UNRATED,
            Examples.PROBLEM_NO_PREVIOUS_VERSION})
    void shouldBeProblemDocuments(String example) throws Exception {
        JsonNode problem = STRICT.readTree(example);

        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 599);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
