package org.chargeback.pricing.quote;

import org.chargeback.pricing.pricebook.PriceVersion;
import org.chargeback.pricing.product.Product;
import org.chargeback.pricing.product.ProductStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain JUnit: the quote arithmetic needs no Quarkus and no database. */
class QuoteCalculatorTest {

    private static final Product TOKENS = new Product("llm-output-tokens", "LLM output tokens", "token", null,
            ProductStatus.ACTIVE, Instant.parse("2026-01-01T00:00:00Z"));

    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
            "1250,     0.85,      1062.50",
            "1,        0.0000004, 0.0000004",
            "1234,     0.0000004, 0.0004936",
            "0.333,    0.85,      0.28305",
            "3,        19.99,     59.97",
            "10,       0,         0",
            "0.5,      0.005,     0.0025",
            "1000000,  0.0000004, 0.4000000"})
    void shouldMultiplyExactlyWithoutRounding(String quantity, String unitPrice, String expected) {
        BigDecimal amount = QuoteCalculator.amount(new BigDecimal(quantity), new BigDecimal(unitPrice));

        // equals, not compareTo: the scale must be the exact product's scale, nothing rounded away or padded.
        assertThat(amount).isEqualTo(new BigDecimal(expected));
    }

    @ParameterizedTest(name = "{0} is priced on {1}")
    @CsvSource({
            "2026-10-01T00:00:00Z,      2026-10-01",
            "2026-09-30T23:59:59.999Z,  2026-09-30",
            "2026-10-01T01:30:00+02:00, 2026-09-30",
            "2026-09-30T23:30:00-02:00, 2026-10-01"})
    void shouldPriceOnTheUtcDateOfTheInstant(String at, LocalDate expected) {
        Instant instant = OffsetDateTime.parse(at).toInstant();

        assertThat(QuoteCalculator.pricingDay(instant)).isEqualTo(expected);
    }

    @Test
    void shouldQuoteWithTheGivenVersion() {
        PriceVersion version = version("2026-10-01", null, "0.0000004");
        Instant at = Instant.parse("2026-11-15T10:00:00Z");

        Quote quote = QuoteCalculator.quote(TOKENS, "research", new BigDecimal("2500000"), at, version);

        assertThat(quote.product()).isEqualTo("llm-output-tokens");
        assertThat(quote.businessUnit()).isEqualTo("research");
        assertThat(quote.unit()).isEqualTo("token");
        assertThat(quote.unitPrice()).isEqualTo(new BigDecimal("0.0000004"));
        assertThat(quote.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(quote.amount()).isEqualTo(new BigDecimal("1.0000000"));
        assertThat(quote.priceId()).isEqualTo(version.id());
        assertThat(quote.effectiveFrom()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(quote.at()).isEqualTo(at);
    }

    @ParameterizedTest(name = "version [2026-10-01, 2027-01-01) is not in force at {0}")
    @CsvSource({"2026-09-30T23:59:59Z", "2027-01-01T00:00:00Z"})
    void shouldRefuseAVersionNotInForce(Instant at) {
        PriceVersion version = version("2026-10-01", "2027-01-01", "1.00");

        assertThatThrownBy(() -> QuoteCalculator.quote(TOKENS, "research", BigDecimal.ONE, at, version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not in force");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "0.000"})
    void shouldRefuseQuantityNotAboveZero(BigDecimal quantity) {
        PriceVersion version = version("2026-10-01", null, "1.00");

        assertThatThrownBy(() -> QuoteCalculator.quote(TOKENS, "research", quantity,
                Instant.parse("2026-10-01T00:00:00Z"), version))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantity");
    }

    private static PriceVersion version(String from, String to, String unitPrice) {
        return new PriceVersion(UUID.randomUUID(), TOKENS.code(), null, new BigDecimal(unitPrice),
                Currency.getInstance("USD"), LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                "test", "tester", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
