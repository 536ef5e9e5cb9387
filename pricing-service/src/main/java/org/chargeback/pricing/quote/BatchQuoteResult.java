package org.chargeback.pricing.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chargeback.support.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Answer of {@code POST /v1/quotes}: one result per item, in the items' order. */
@Schema(name = "BatchQuoteResult", description = "One result per item, same order")
public record BatchQuoteResult(List<Result> results) {

    /**
     * @param status  {@code PRICED} with {@code quote}, or {@code UNPRICED} with {@code problem} (unknown product, no
     *                price in force, retired product, cost-plus not computable): never a zero amount
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BatchQuoteItemResult")
    public record Result(@Schema(example = "0") int index,
                         @Schema(example = "PRICED", enumeration = {"PRICED", "UNPRICED"}) String status,
                         Quote quote,
                         Problem problem) {
    }
}
