package org.chargeback.chargeback.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Currency;

/** Business settings of the chargeback service ({@code chargeback.*} in application.properties). */
@ConfigMapping(prefix = "chargeback")
public interface ChargebackConfig {

    /**
     * ISO 4217 reporting currency of every statement and invoice. Costs or prices in another currency make a
     * statement run fail (422 /problems/currency-mismatch): there is no FX conversion yet.
     */
    @WithDefault("USD")
    String currency();

    /** Key of the FOCUS tag whose value names the business unit that consumed a cost. */
    @WithDefault("business-unit")
    String businessUnitTag();

    /** Business unit whose statement shows the provider cost no rule and no tag claimed (the platform team). */
    @WithDefault("platform")
    String platformBusinessUnit();

    /**
     * Smallest change of an issued month's chargeback, per product, carried as an adjustment line on the next draft.
     * Smaller changes are recorded but not carried. Default 0: every cent is carried.
     */
    @WithDefault("0")
    java.math.BigDecimal materialityThreshold();

    /** Month-over-month change of a statement total, in percent, above which the statement flags it. */
    @WithDefault("15")
    java.math.BigDecimal varianceThresholdPercent();

    Invoice invoice();

    interface Invoice {
        /** Days between the issue date and the due date of an invoice. */
        @WithDefault("30")
        int paymentTermsDays();
    }

    default Currency reportingCurrency() {
        return Currency.getInstance(currency());
    }
}
