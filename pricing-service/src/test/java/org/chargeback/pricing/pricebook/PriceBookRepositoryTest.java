package org.chargeback.pricing.pricebook;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chargeback.pricing.PricingApi.addPrice;
import static org.chargeback.pricing.PricingApi.createProduct;
import static org.chargeback.pricing.PricingApi.uniqueCode;

/** The schema itself keeps price versions append-only, whatever code runs against it. */
@QuarkusTest
class PriceBookRepositoryTest {

    @Inject
    DataSource dataSource;

    @Inject
    PriceBookRepository priceBook;

    @Test
    void shouldRefuseToUpdateOrDeleteAStoredVersion() throws SQLException {
        String code = uniqueCode("append-only");
        createProduct(code, "call");
        UUID id = UUID.fromString(addPrice(code, "1.00", "EUR", "2026-10-01"));

        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> execute(connection, "update price_version set unit_rate = 2 where id = ?", id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("never changed");
            assertThatThrownBy(() -> execute(connection, "delete from price_version where id = ?", id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("never changed");
        }
        assertThat(priceBook.findById(code, id))
                .hasValueSatisfying(v -> assertThat(v.unitRate()).isEqualByComparingTo("1.00"));
    }

    @Test
    void shouldFindTheListPriceInForceOnADay() {
        String code = uniqueCode("in-force");
        createProduct(code, "call");
        addPrice(code, "1.00", "EUR", "2026-10-01");
        addPrice(code, "0.90", "EUR", "2027-01-01");

        assertThat(priceBook.findEffectiveAt(code, null, LocalDate.parse("2026-09-30"))).isEmpty();
        assertThat(priceBook.findEffectiveAt(code, null, LocalDate.parse("2026-10-01")))
                .hasValueSatisfying(v -> {
                    assertThat(v.unitRate()).isEqualByComparingTo(new BigDecimal("1.00"));
                    assertThat(v.effectiveTo()).isEqualTo("2027-01-01");
                });
        assertThat(priceBook.findEffectiveAt(code, null, LocalDate.parse("2026-12-31")))
                .hasValueSatisfying(v -> assertThat(v.unitRate()).isEqualByComparingTo("1.00"));
        assertThat(priceBook.findEffectiveAt(code, null, LocalDate.parse("2030-01-01")))
                .hasValueSatisfying(v -> {
                    assertThat(v.unitRate()).isEqualByComparingTo("0.90");
                    assertThat(v.effectiveTo()).isNull();
                });
    }

    private static void execute(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            statement.executeUpdate();
        }
    }
}
