package org.chargeback.chargeback.governance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Governance settings ({@code chargeback.governance.*}). */
@ConfigMapping(prefix = "chargeback.governance")
public interface GovernanceConfig {

    /** Runs the periodic evaluation and webhook delivery; tests switch it off and call the services themselves. */
    @WithDefault("true")
    boolean jobsEnabled();

    /** How often the budgets are evaluated; one replica evaluates per interval (advisory lock + slot row). */
    @WithDefault("PT15M")
    Duration evaluationInterval();

    /** How often the webhook outbox is scanned for due deliveries. */
    @WithDefault("PT30S")
    Duration deliveryInterval();

    /** URLs every governance notification is POSTed to. */
    Optional<List<String>> webhooks();

    /** HMAC-SHA256 key of the signature header; required when webhooks are configured. Never in the file. */
    Optional<String> webhookSecret();

    /** First retry delay; doubled per failed attempt up to retryMax. A delivery is never given up. */
    @WithDefault("PT30S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryMax();

    /** How long a claimed delivery is left alone before another worker may try it (a worker that died). */
    @WithDefault("PT2M")
    Duration deliveryLease();
}
