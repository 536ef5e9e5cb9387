package org.chargeback.chargeback.budget;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.chargeback.Api;
import org.chargeback.chargeback.page.BudgetBurn;
import org.chargeback.chargeback.upstream.IngestionClient;
import org.chargeback.chargeback.upstream.PricingClient;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chargeback.chargeback.budget.Budgets.budget;
import static org.chargeback.chargeback.budget.Budgets.register;
import static org.chargeback.chargeback.budget.Budgets.runWithCost;

/** The statement page's budget burn is the business unit's own envelope, measured like the governance triggers. */
@QuarkusTest
class BudgetBurnOfBusinessUnitTest {

    @InjectMock
    @RestClient
    IngestionClient ingestion;

    @InjectMock
    @RestClient
    PricingClient pricing;

    @Inject
    BudgetBurnOfBusinessUnit burns;

    @BeforeAll
    static void readNumbersAsBigDecimal() {
        Api.readNumbersAsBigDecimal();
    }

    @Test
    void shouldShowTheQuarterEnvelopeAgainstTheStandingStatements() {
        register("burn-bu");
        budget("burn-bu", "2036-07", "500.00", "");
        budget("burn-bu", "2036-Q3", "1000.00", "");
        runWithCost(ingestion, pricing, "2036-07", "burn-bu", "850.00");

        Optional<BudgetBurn> burn = burns.burnOf("burn-bu", YearMonth.of(2036, 7), null);

        assertThat(burn).isPresent();
        assertThat(burn.get().label()).isEqualTo("Budget 2036-Q3 (governed amount, innovation reserve excluded)");
        assertThat(burn.get().budget()).isEqualByComparingTo("1000.00");
        assertThat(burn.get().consumed()).isEqualByComparingTo("850.00");
        assertThat(burn.get().currency()).isEqualTo("USD");
        assertThat(burns.burnOf("burn-bu", YearMonth.of(2036, 10), null)).isEmpty();
    }
}
