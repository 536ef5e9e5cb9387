package org.chargeback.chargeback.budget;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.budget.dto.BudgetView;
import org.chargeback.chargeback.budget.dto.BusinessMetricRequest;
import org.chargeback.chargeback.budget.dto.BusinessMetricView;
import org.chargeback.chargeback.budget.dto.CorridorRequest;
import org.chargeback.chargeback.budget.dto.CorridorStatusView;
import org.chargeback.chargeback.budget.dto.CorridorView;
import org.chargeback.chargeback.budget.dto.CreateBudgetRequest;
import org.chargeback.chargeback.budget.dto.PortfolioView;
import org.chargeback.chargeback.budget.dto.ReallocationRequest;
import org.chargeback.chargeback.budget.dto.ReallocationView;
import org.chargeback.chargeback.budget.dto.VarianceView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI examples are real: they read into the requests and views with unknown fields refused. */
class ExamplesTest {

    private static final ObjectMapper STRICT = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void shouldMatchTheShapes() throws Exception {
        assertThat(STRICT.readValue(Examples.CREATE_BUDGET, CreateBudgetRequest.class).period()).isEqualTo("2026-Q4");
        assertThat(STRICT.readValue(Examples.CREATE_CATEGORY_BUDGET, CreateBudgetRequest.class).split()).isNotNull();
        BudgetView budget = STRICT.readValue(Examples.BUDGET, BudgetView.class);
        // The example's split is the real one of 30,000 with the defaults.
        BudgetMath.Split split = BudgetMath.split(budget.amount(), new BigDecimal("15"), new BigDecimal("60"),
                new BigDecimal("25"), 2);
        assertThat(budget.split().governedAmount()).isEqualByComparingTo(split.governed());
        assertThat(budget.split().experimental().amount()).isEqualByComparingTo(split.experimental());
        assertThat(STRICT.readValue(Examples.BUDGET_LIST, new TypeReference<List<BudgetView>>() { })).hasSize(1);
        assertThat(STRICT.readValue(Examples.REALLOCATION_REQUEST, ReallocationRequest.class).amount())
                .isEqualByComparingTo("5000");
        assertThat(STRICT.readValue(Examples.REALLOCATION_LIST, new TypeReference<List<ReallocationView>>() { }))
                .hasSize(1);
        assertThat(STRICT.readValue(Examples.METRIC_REQUEST, BusinessMetricRequest.class).metric()).isNotBlank();
        assertThat(STRICT.readValue(Examples.METRIC_LIST, new TypeReference<List<BusinessMetricView>>() { }))
                .hasSize(1);
        assertThat(STRICT.readValue(Examples.CORRIDOR_REQUEST, CorridorRequest.class).ceilingPercent())
                .isEqualByComparingTo("4");
        STRICT.readValue(Examples.CORRIDOR, CorridorView.class);
        assertThat(STRICT.readValue(Examples.CORRIDOR_STATUS_LIST, new TypeReference<List<CorridorStatusView>>() { }))
                .extracting(CorridorStatusView::status).containsExactly("ABOVE_CEILING");
        assertThat(STRICT.readValue(Examples.VARIANCE, VarianceView.class).rows()).hasSize(3);
        PortfolioView portfolio = STRICT.readValue(Examples.PORTFOLIO, PortfolioView.class);
        assertThat(portfolio.categories().stream().map(PortfolioView.Category::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo(portfolio.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_BUDGET, Examples.PROBLEM_INVALID_PERIOD,
            Examples.PROBLEM_INVALID_MONTH, Examples.PROBLEM_BUDGET_EXISTS, Examples.PROBLEM_BUDGET_NOT_FOUND,
            Examples.PROBLEM_REALLOCATION_NOT_ALLOWED, Examples.PROBLEM_CORRIDOR_EXISTS,
            Examples.PROBLEM_CURRENCY_MISMATCH})
    void shouldBeProblemDocuments(String example) throws Exception {
        var problem = STRICT.readTree(example);
        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 499);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
