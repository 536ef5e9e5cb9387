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
