package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;

/**
 * One line of a statement.
 *
 * @param serviceCategory FOCUS ServiceCategory (SHOWBACK lines only)
 * @param product         product code (CHARGEBACK and UNRATED lines only)
 * @param unit            the product's unit of usage, as pricing names it (null when unrated)
 * @param quantity        units consumed in the month (CHARGEBACK and UNRATED lines)
 * @param unitPrice       price per unit in the statement currency, full precision (CHARGEBACK lines)
 * @param unroundedAmount BilledCost (SHOWBACK) or quantity x unitPrice (CHARGEBACK) before rounding; null if UNRATED
 * @param amount          the line amount in the currency's minor unit; null if UNRATED
 */
public record StatementLine(int lineNumber, LineKind kind, String description, String serviceCategory,
                            String product, String unit, BigDecimal quantity, BigDecimal unitPrice,
                            BigDecimal unroundedAmount, Money amount) {
}
