package org.chargeback.ingestion.shared;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ingestion")
public interface IngestionConfig {

    Costs costs();

    /**
     * Seconds a bulk transaction (a cost import, a streamed usage request) may run before it is rolled back. Read
     * by {@code @TransactionConfiguration(timeoutFromConfigProperty = "ingestion.bulk-transaction-timeout")}.
     */
    @WithDefault("14400")
    int bulkTransactionTimeout();

    interface Costs {
        /** How many errors a rejected file lists in its problem response (all are counted). */
        @WithDefault("100")
        int maxReportedErrors();

        /**
         * How many daily rollup groups an import sums in memory before it writes them out (a file with more
         * distinct groups stores some as several partial rows; summaries add them up). ~1 KiB of heap each.
         */
        @WithDefault("20000")
        int rollupGroupsInMemory();
    }
}
