package org.chargeback.chargeback.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/**
 * The one source of "now": run timestamps, issue dates and invoice years. Application scoped (a client proxy), so a
 * test can swap in a fixed clock with {@code QuarkusMock.installMockForType}.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        // Issue dates and invoice years are UTC dates, like billing periods.
        return Clock.systemUTC();
    }
}
