package org.chargeback.pricing.pricebook;

import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.rating.Tier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/**
 * One version of a product's price. Versions are added, never edited: a wrong price is corrected by a new version,
 * so what was charged can always be explained.
 *
 * @param businessUnit   {@code null} = the list price for every business unit; else that business unit's override
 * @param model          how quantity becomes an amount; {@code null} for a discount override ({@code discountPercent})
 * @param unitRate       flat/package: price per unit / per package; null for tiered and cost-plus versions
 * @param tiers          graduated/volume tiers, per month; empty otherwise
 * @param packageSize    units per package (package model)
 * @param minimumMonthly the least a business unit pays per month under this version, or null
 * @param costPool       cost-plus: the costs shared, {@code tag:KEY=VALUE} (EffectiveCost of the month)
 * @param markup         cost-plus: 0.15 = 15 % on top of the cost per unit
 * @param discountPercent a business unit's discount on the list price in force (0 to 100)
 * @param currency       null only for a discount override (it takes the list price's currency)
 * @param effectiveFrom  first day in force, inclusive, from 00:00 UTC
 * @param effectiveUntil the explicit end as given (exclusive), or null
 * @param effectiveTo    first day no longer in force, exclusive: the earlier of effectiveUntil and the next
 *                       version's effectiveFrom in the same scope; {@code null} = open. Derived when read.
 * @param retroactiveCorrection true when it was accepted knowingly into a frozen (already issued) period
 */
public record PriceVersion(UUID id, String productCode, String businessUnit, PriceModel model, BigDecimal unitRate,
                           List<Tier> tiers, BigDecimal packageSize, BigDecimal minimumMonthly, String costPool,
                           BigDecimal markup, BigDecimal discountPercent, Currency currency, LocalDate effectiveFrom,
                           LocalDate effectiveUntil, LocalDate effectiveTo, boolean retroactiveCorrection,
                           String reason, String changedBy, Instant createdAt) {

    public PriceVersion {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public boolean isDiscount() {
        return model == null;
    }

    /** Whether this version is in force on {@code day} (a UTC date). */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
