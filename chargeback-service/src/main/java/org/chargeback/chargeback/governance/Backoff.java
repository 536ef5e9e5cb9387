package org.chargeback.chargeback.governance;

import java.time.Duration;

/** Exponential backoff of webhook retries, pure: base x 2^(attempts-1), capped at max; never gives up. */
public final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public static Duration after(int attempts, Duration base, Duration max) {
        int doublings = Math.max(0, attempts - 1);
        if (doublings >= 30) {
            return max;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
