package org.chargeback.pricing.pricebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A list price version to add to a product's price book; the id and creation time are the service's to set. */
public record NewPriceVersion(String productCode, BigDecimal unitPrice, Currency currency, LocalDate effectiveFrom,
                              String reason, String changedBy) {
}
