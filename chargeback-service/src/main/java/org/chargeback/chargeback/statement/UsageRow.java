package org.chargeback.chargeback.statement;

import java.math.BigDecimal;

/**
 * A business unit's usage of the month per use case and product (use case "" when the events named none), with
 * the token counts of the events that carried them and those events' quantity: the basis of unit economics.
 */
public record UsageRow(String useCase, String product, BigDecimal quantity, long eventCount, BigDecimal tokensIn,
                       BigDecimal tokensOut, long tokenEventCount, BigDecimal tokenQuantity) {
}
