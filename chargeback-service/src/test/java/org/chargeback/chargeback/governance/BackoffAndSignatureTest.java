package org.chargeback.chargeback.governance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class BackoffAndSignatureTest {

    @Test
    void shouldDoubleTheWaitUpToTheCapAndNeverGiveUp() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);

        assertThat(Backoff.after(1, base, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Backoff.after(2, base, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Backoff.after(5, base, max)).isEqualTo(Duration.ofSeconds(480));
        assertThat(Backoff.after(8, base, max)).isEqualTo(Duration.ofHours(1)); // 3,840 s capped
        assertThat(Backoff.after(1000, base, max)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldSignWithHmacSha256AsRfc4231() {
        // RFC 4231 test case 2.
        assertThat(WebhookSignature.sign("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }
}
