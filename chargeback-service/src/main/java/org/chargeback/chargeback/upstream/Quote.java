package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/**
 * pricing-service {@code GET /v1/quotes}: the unit price in force for a product at an instant. {@code amount} is
 * quantity x unitPrice, not rounded: rounding happens once, on the statement line.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(String product, String businessUnit, BigDecimal quantity, String unit, BigDecimal unitPrice,
                    String currency, BigDecimal amount, String priceId, String effectiveFrom, String at) {
}
