package org.chargeback.chargeback.businessunit;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a business unit uses AI for.
 *
 * @param product       the outcome product it is charged for (a pricing-service product code; not checked against
 *                      pricing yet)
 * @param valuePerUnit  optional business value of one unit of the product (e.g. 4.50 of agent time saved per
 *                      resolution), full precision, for unit economics; null when not declared
 * @param valueCurrency ISO 4217 currency of {@code valuePerUnit}; null exactly when it is null
 */
public record UseCase(String businessUnit, String code, String name, String product, BigDecimal valuePerUnit,
                      String valueCurrency, Instant createdAt) {
}
