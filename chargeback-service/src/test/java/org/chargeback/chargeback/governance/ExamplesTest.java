package org.chargeback.chargeback.governance;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.governance.dto.DecisionRequest;
import org.chargeback.chargeback.governance.dto.EvaluationRequest;
import org.chargeback.chargeback.governance.dto.EvaluationView;
import org.chargeback.chargeback.governance.dto.GovernanceEventView;
import org.chargeback.chargeback.governance.dto.WebhookDeliveryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the requests and views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldMatchTheShapes() throws Exception {
        GovernanceEventView event = STRICT.readValue(Examples.EVENT, GovernanceEventView.class);
        assertThat(event.actual().multiply(java.math.BigDecimal.valueOf(100))
                .divide(event.governedAmount(), 2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo(event.percent());
        assertThat(STRICT.readValue(Examples.EVENT_LIST, new TypeReference<List<GovernanceEventView>>() { }))
                .hasSize(1);
        assertThat(STRICT.readValue(Examples.ACKNOWLEDGE, DecisionRequest.class).reason()).isNotBlank();
        assertThat(STRICT.readValue(Examples.APPROVE, DecisionRequest.class).by()).isNotBlank();
        assertThat(STRICT.readValue(Examples.EVALUATION_REQUEST, EvaluationRequest.class).month()).isEqualTo("2026-11");
        assertThat(STRICT.readValue(Examples.EVALUATION, EvaluationView.class).raised()).hasSize(1);
        assertThat(STRICT.readValue(Examples.DELIVERIES, new TypeReference<List<WebhookDeliveryView>>() { }))
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_EVENT_NOT_FOUND, Examples.PROBLEM_INVALID_TRANSITION,
            Examples.PROBLEM_INVALID_DECISION, Examples.PROBLEM_INVALID_STATE, Examples.PROBLEM_INVALID_MONTH,
            Examples.PROBLEM_APPROVAL_REQUIRED})
    void shouldBeProblemDocuments(String example) throws Exception {
        var problem = STRICT.readTree(example);
        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 499);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
