package org.chargeback.pricing.pricebook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;

/**
 * One version of a product's unit price. Versions are added, never edited: a wrong price is corrected by a new
 * version, so what was charged can always be explained.
 *
 * @param businessUnit  {@code null} = the list price for every business unit (per-BU overrides are a later issue)
 * @param unitPrice     price of one product unit, at full precision (no scale limit, e.g. 0.0000004 per token)
 * @param effectiveFrom first day in force, inclusive, from 00:00 UTC
 * @param effectiveTo   first day no longer in force, exclusive: the next version's effectiveFrom for the same
 *                      product and scope; {@code null} while this is the latest version. Derived, never stored.
 * @param reason        why the price changed, as the person who changed it wrote it
 * @param changedBy     who changed it (free text, usually an e-mail address)
 */
public record PriceVersion(UUID id, String productCode, String businessUnit, BigDecimal unitPrice, Currency currency,
                           LocalDate effectiveFrom, LocalDate effectiveTo, String reason, String changedBy,
                           Instant createdAt) {
}
