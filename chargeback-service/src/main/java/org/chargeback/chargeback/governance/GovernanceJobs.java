package org.chargeback.chargeback.governance;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The two periodic jobs: budget evaluation and webhook delivery. The quarkus-scheduler extension does not resolve
 * from this project's offline Maven mirror, so a JDK scheduled executor runs them (fixed delay: a slow run is never
 * overlapped by the next). Each job calls a service method; replicas coordinate through the database (advisory
 * lock and slot row for evaluation, leased outbox rows for delivery).
 */
@ApplicationScoped
class GovernanceJobs {

    private final GovernanceService governance;
    private final WebhookWorker webhooks;
    private final GovernanceConfig config;
    private ScheduledExecutorService scheduler;

    GovernanceJobs(GovernanceService governance, WebhookWorker webhooks, GovernanceConfig config) {
        this.governance = governance;
        this.webhooks = webhooks;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.webhooks().orElse(java.util.List.of()).isEmpty() && config.webhookSecret().isEmpty()) {
            throw new IllegalStateException("chargeback.governance.webhooks is set but "
                    + "chargeback.governance.webhook-secret (CHARGEBACK_GOVERNANCE_WEBHOOK_SECRET) is not: "
                    + "notifications must be signed");
        }
        if (!config.jobsEnabled()) {
            Log.info("Governance jobs are off (chargeback.governance.jobs-enabled=false)");
            return;
        }
        scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "governance-jobs");
            t.setDaemon(true);
            return t;
        });
        long evaluation = config.evaluationInterval().toMillis();
        long delivery = config.deliveryInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> run("evaluation", governance::evaluateScheduled), evaluation,
                evaluation, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(() -> run("webhook delivery", webhooks::deliverDue), delivery, delivery,
                TimeUnit.MILLISECONDS);
        Log.infof("Governance jobs: evaluation every %s, webhook delivery every %s", config.evaluationInterval(),
                config.deliveryInterval());
    }

    private static void run(String job, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A failed run must not cancel the schedule (ScheduledExecutorService stops a task that throws).
            Log.errorf(e, "Governance job %s failed; it runs again at the next interval", job);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
