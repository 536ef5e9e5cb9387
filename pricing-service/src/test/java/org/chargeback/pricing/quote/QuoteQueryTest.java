package org.chargeback.pricing.quote;

import org.chargeback.support.problem.Problem;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Plain JUnit: reading the quote query string. */
class QuoteQueryTest {

    @ParameterizedTest(name = "at={0} means {1}")
    @CsvSource({
            "2026-10-01,                2026-10-01T00:00:00Z",
            "2026-10-01T12:00:00Z,      2026-10-01T12:00:00Z",
            "2026-10-01T12:00:00.5Z,    2026-10-01T12:00:00.500Z",
            "2026-10-01T14:00:00+02:00, 2026-10-01T12:00:00Z",
            // '+' sent unencoded in a query string arrives as a space
            "'2026-10-01T14:00:00 02:00', 2026-10-01T12:00:00Z",
            "2026-10-01T08:00:00-04:00, 2026-10-01T12:00:00Z"})
    void shouldReadDateOrInstant(String at, Instant expected) {
        QuoteQuery query = QuoteQuery.parse("p", "bu", "1", at);

        assertThat(query.at()).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void shouldLeaveAtOpenForNowWhenAbsent(String at) {
        assertThat(QuoteQuery.parse("p", "bu", "1", at).at()).isNull();
    }

    @Test
    void shouldKeepQuantityDigitsAsSent() {
        QuoteQuery query = QuoteQuery.parse(" p ", " bu ", "1250.000", null);

        assertThat(query.quantity()).isEqualTo(new BigDecimal("1250.000"));
        assertThat(query.product()).isEqualTo("p");
        assertThat(query.businessUnit()).isEqualTo("bu");
    }

    @Test
    void shouldReportEveryMalformedValue() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> QuoteQuery.parse("p", "bu", "-2", "2026-13-01"));

        Problem problem = e.toProblem("/v1/quotes");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.type()).isEqualTo("/problems/invalid-request");
        assertThat(problem.errors()).extracting(ProblemError::field, ProblemError::value)
                .containsExactly(tuple("quantity", "-2"),
                        tuple("at", "2026-13-01"));
    }
}
