package org.chargeback.chargeback.businessunit;

import java.math.BigDecimal;

/** A validated use case to add; texts stripped. */
public record NewUseCase(String code, String name, String product, BigDecimal valuePerUnit, String valueCurrency) {
}
