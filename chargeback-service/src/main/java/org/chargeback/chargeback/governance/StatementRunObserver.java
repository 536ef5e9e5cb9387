package org.chargeback.chargeback.governance;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.chargeback.chargeback.statement.StatementsBuilt;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Evaluates the month's budgets after every committed statement run. On its own thread: the run's transaction has
 * ended (a new one cannot start inside its completion), and the run's answer does not wait for the evaluation.
 */
@ApplicationScoped
class StatementRunObserver {

    private final GovernanceService governance;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "governance-after-run");
        t.setDaemon(true);
        return t;
    });

    StatementRunObserver(GovernanceService governance) {
        this.governance = governance;
    }

    void onStatementsBuilt(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementsBuilt built) {
        executor.submit(() -> {
            try {
                governance.evaluate(built.month(), "statement-run");
            } catch (RuntimeException e) {
                // The next scheduled evaluation covers the month again; nothing is lost.
                Log.errorf(e, "Governance evaluation after statement run %s (%s) failed", built.runId(),
                        built.month());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }
}
