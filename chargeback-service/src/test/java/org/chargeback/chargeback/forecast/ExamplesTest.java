package org.chargeback.chargeback.forecast;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.forecast.dto.ForecastRequest;
import org.chargeback.chargeback.forecast.dto.ForecastView;
import org.chargeback.chargeback.forecast.dto.LlmCostRequest;
import org.chargeback.chargeback.forecast.dto.LlmCostView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: shapes read strictly, and the figures are what the calculators compute. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldMatchTheShapesAndTheCalculators() throws Exception {
        ForecastRequest create = STRICT.readValue(Examples.CREATE, ForecastRequest.class);
        STRICT.readValue(Examples.REFORECAST, ForecastRequest.class);
        ForecastView view = STRICT.readValue(Examples.FORECAST, ForecastView.class);
        ForecastCalculator.Result computed = ForecastCalculator.forecast(create.baseMonthlyCost(),
                create.horizonMonths(), ForecastService.DEFAULT_DEFLATION, ForecastService.DEFAULT_SCENARIOS, 2);
        assertThat(view.totals().expected()).isEqualByComparingTo(computed.expectedTotal());
        assertThat(view.totals().constrained()).isEqualByComparingTo(computed.constrainedTotal());
        assertThat(view.months().get(1).priceFactor()).isEqualByComparingTo(computed.months().get(1).priceFactor());
        assertThat(STRICT.readValue(Examples.FORECAST_LIST, new TypeReference<List<ForecastView>>() { })).hasSize(1);

        LlmCostRequest llm = STRICT.readValue(Examples.LLM_REQUEST, LlmCostRequest.class);
        LlmCostView llmView = STRICT.readValue(Examples.LLM_COST, LlmCostView.class);
        LlmCostCalculator.Result r = LlmCostCalculator.project(new LlmCostCalculator.Inputs(
                llm.inputTokensPerRequest(), llm.outputTokensPerRequest(), llm.requestsPerSession(),
                llm.sessionsPerUserPerMonth(), llm.userCurve(),
                new LlmCostCalculator.Model(llm.inputPricePerMillion(), llm.outputPricePerMillion()),
                llm.bufferPercent(), llm.routing().sharePercent(),
                new LlmCostCalculator.Model(llm.routing().inputPricePerMillion(),
                        llm.routing().outputPricePerMillion())), 2);
        assertThat(llmView.total()).isEqualByComparingTo(r.total());
        assertThat(llmView.savingTotal()).isEqualByComparingTo(r.savingTotal());
        assertThat(llmView.months().get(1).routedCost()).isEqualByComparingTo(new BigDecimal("915.60"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_FORECAST, Examples.PROBLEM_FORECAST_EXISTS,
            Examples.PROBLEM_NOT_FOUND, Examples.PROBLEM_STALE, Examples.PROBLEM_PRECONDITION,
            Examples.PROBLEM_CURRENCY_MISMATCH})
    void shouldBeProblemDocuments(String example) throws Exception {
        var problem = STRICT.readTree(example);
        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 499);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
