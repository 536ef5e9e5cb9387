package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** pricing-service {@code GET /v1/price-changes?retroactive=true}: a correction of prices in frozen months. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PriceChange(long seq, String changedAt, String kind, String product, String priceVersionId,
                          String reason, boolean retroactive, List<String> affectedMonths) {

    public PriceChange {
        affectedMonths = affectedMonths == null ? List.of() : affectedMonths;
    }
}
