package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** pricing-service {@code POST /v1/quotes}: many (business unit, product, quantity, month) in one call. */
public final class BatchQuote {

    private BatchQuote() {
    }

    public record Request(List<Item> items) {
    }

    public record Item(String businessUnit, String product, BigDecimal quantity, String month) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Response(List<Result> results) {
    }

    /** {@code status} PRICED with a quote, or UNPRICED (no price in force, unknown or retired product). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(int index, String status, Quote quote) {
    }
}
