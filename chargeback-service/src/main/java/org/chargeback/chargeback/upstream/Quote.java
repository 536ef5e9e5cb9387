package org.chargeback.chargeback.upstream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;

/**
 * A pricing-service quote (docs/CONTRACTS.md): {@code amount} is the exact price of the month's quantity under the
 * version in force (tiers, discounts and minimums included), not rounded: rounding happens once, on the statement
 * line. {@code unitRate} is null for tiered prices.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(String product, String businessUnit, BigDecimal quantity, String unit, BigDecimal unitRate,
                    String currency, BigDecimal amount, String priceVersionId, String effectiveFrom, String at,
                    com.fasterxml.jackson.databind.JsonNode lines) {

    /** Pricing's tier, discount and minimum lines as JSON; null when there are none (a flat price). */
    public String linesJson() {
        return lines == null || lines.isNull() || lines.isEmpty() ? null : lines.toString();
    }
}
