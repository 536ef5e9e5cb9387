package org.chargeback.chargeback.businessunit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chargeback.chargeback.businessunit.dto.AddUseCaseRequest;
import org.chargeback.chargeback.businessunit.dto.BusinessUnitView;
import org.chargeback.chargeback.businessunit.dto.CreateBusinessUnitRequest;
import org.chargeback.chargeback.businessunit.dto.UpdateBusinessUnitRequest;
import org.chargeback.chargeback.businessunit.dto.UseCaseView;
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
    void shouldMatchTheRequestsAndViews() throws Exception {
        assertThat(STRICT.readValue(Examples.CREATE_BUSINESS_UNIT, CreateBusinessUnitRequest.class).costCenter())
                .isEqualTo("CC-4100");
        assertThat(STRICT.readValue(Examples.UPDATE_BUSINESS_UNIT, UpdateBusinessUnitRequest.class).code()).isNull();
        assertThat(STRICT.readValue(Examples.ADD_USE_CASE, AddUseCaseRequest.class).valuePerUnit())
                .isEqualByComparingTo("4.50");
        assertThat(STRICT.readValue(Examples.ADD_USE_CASE_WITHOUT_VALUE, AddUseCaseRequest.class).valueCurrency())
                .isNull();
        BusinessUnitView unit = STRICT.readValue(Examples.BUSINESS_UNIT, BusinessUnitView.class);
        assertThat(unit.useCases()).extracting(UseCaseView::product).containsExactly("ai-resolution");
        assertThat(STRICT.readValue(Examples.UPDATED_BUSINESS_UNIT, BusinessUnitView.class).version()).isEqualTo(2);
        assertThat(STRICT.readValue(Examples.BUSINESS_UNIT_LIST, new TypeReference<List<BusinessUnitView>>() { }))
                .extracting(BusinessUnitView::code).containsExactly("sales", "support");
        assertThat(STRICT.readValue(Examples.USE_CASE, UseCaseView.class).valueCurrency()).isEqualTo("USD");
        assertThat(STRICT.readValue(Examples.USE_CASE_LIST, new TypeReference<List<UseCaseView>>() { })).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {Examples.PROBLEM_INVALID_BUSINESS_UNIT, Examples.PROBLEM_INVALID_USE_CASE,
            Examples.PROBLEM_BUSINESS_UNIT_EXISTS, Examples.PROBLEM_USE_CASE_EXISTS, Examples.PROBLEM_NOT_FOUND,
            Examples.PROBLEM_STALE, Examples.PROBLEM_PRECONDITION_REQUIRED})
    void shouldBeProblemDocuments(String example) throws Exception {
        JsonNode problem = STRICT.readTree(example);

        assertThat(problem.get("type").asText()).startsWith("/problems/");
        assertThat(problem.get("status").asInt()).isBetween(400, 599);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }
}
