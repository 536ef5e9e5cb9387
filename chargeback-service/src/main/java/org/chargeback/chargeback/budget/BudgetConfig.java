package org.chargeback.chargeback.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/** Budget settings ({@code chargeback.budget.*}). */
@ConfigMapping(prefix = "chargeback.budget")
public interface BudgetConfig {

    /** |actual - budget| at or above this percent of the budget flags a variance row. */
    @WithDefault("15")
    BigDecimal varianceThresholdPercent();
}
