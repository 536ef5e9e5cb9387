package org.chargeback.ingestion.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ingestion")
public interface IngestionConfig {

    Costs costs();

    interface Costs {
        /** How many errors a rejected file lists in its problem response (all are counted). */
        @WithDefault("100")
        int maxReportedErrors();
    }
}
