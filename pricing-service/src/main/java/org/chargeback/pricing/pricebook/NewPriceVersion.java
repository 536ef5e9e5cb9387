package org.chargeback.pricing.pricebook;

import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.rating.Tier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** A validated price version to add; the id and creation time are the service's to set. Fields as in PriceVersion. */
public record NewPriceVersion(String productCode, String businessUnit, PriceModel model, BigDecimal unitRate,
                              List<Tier> tiers, BigDecimal packageSize, BigDecimal minimumMonthly, String costPool,
                              BigDecimal markup, BigDecimal discountPercent, Currency currency,
                              LocalDate effectiveFrom, LocalDate effectiveUntil, boolean retroactiveCorrection,
                              String reason, String changedBy) {
}
