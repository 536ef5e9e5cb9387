package org.chargeback.chargeback.allocation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.allocation.dto.AllocationRuleRequest;
import org.chargeback.chargeback.allocation.dto.AllocationRuleView;
import org.chargeback.chargeback.allocation.dto.PreviewRequest;
import org.chargeback.chargeback.allocation.dto.PreviewView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the requests and views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @ParameterizedTest
    @ValueSource(strings = {Examples.CREATE_FIXED_RULE, Examples.CREATE_DIRECT_RULE, Examples.CREATE_USAGE_RULE,
            Examples.CREATE_CATEGORY_ONLY_RULE, Examples.REVISE_RULE})
    void shouldReadAsRuleRequests(String example) throws Exception {
        AllocationRuleRequest request = STRICT.readValue(example, AllocationRuleRequest.class);

        assertThat(request.allocate().method()).isNotNull();
        assertThat(request.effectiveFrom()).matches("\\d{4}-\\d{2}");
    }

    @Test
    void shouldMatchTheViews() throws Exception {
        AllocationRuleView rule = STRICT.readValue(Examples.RULE, AllocationRuleView.class);
        assertThat(rule.allocate().shares()).extracting(s -> s.percent().intValue()).containsExactly(70, 30);
        assertThat(rule.match().get(0).value()).isEqualTo("gpu-shared");
        assertThat(STRICT.readValue(Examples.REVISED_RULE, AllocationRuleView.class).version()).isEqualTo(2);
        assertThat(STRICT.readValue(Examples.RULE_LIST, new TypeReference<List<AllocationRuleView>>() { }))
                .hasSize(1);
        assertThat(STRICT.readValue(Examples.RULE_VERSIONS, new TypeReference<List<AllocationRuleView>>() { }))
                .extracting(AllocationRuleView::version).containsExactly(1, 2);
        PreviewRequest request = STRICT.readValue(Examples.PREVIEW_REQUEST, PreviewRequest.class);
        assertThat(request.retire()).containsExactly("old-gpu-split");
        PreviewView preview = STRICT.readValue(Examples.PREVIEW, PreviewView.class);
        assertThat(preview.movedCostGroups()).hasSize(preview.movedCostGroupCount());
        // The example's figures add up: every delta is after - before, and the deltas sum to zero.
        BigDecimal deltas = BigDecimal.ZERO;
        for (PreviewView.BusinessUnitChangeView change : preview.businessUnits()) {
            assertThat(change.delta()).isEqualByComparingTo(change.billedCostAfter().subtract(change.billedCostBefore()));
            deltas = deltas.add(change.delta());
        }
        assertThat(deltas).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_RULE, Examples.PROBLEM_INVALID_PREVIEW,
            Examples.PROBLEM_RULE_EXISTS, Examples.PROBLEM_NOT_FOUND, Examples.PROBLEM_STALE,
            Examples.PROBLEM_PRECONDITION_REQUIRED, Examples.PROBLEM_INVALID_MONTH, Examples.PROBLEM_UPSTREAM,
            Examples.PROBLEM_CURRENCY_MISMATCH})
    void shouldBeProblemDocuments(String example) throws Exception {
        JsonNode problem = STRICT.readTree(example);

        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 599);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
