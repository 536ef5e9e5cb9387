package org.chargeback.ingestion.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ValueCacheTest {

    @Test
    void shouldKeepEveryHourOfAYearAndFindIt() {
        ValueCache<Instant, String> cache = new ValueCache<>(50_000);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int hour = 0; hour < 8_760; hour++) {
            Instant instant = start.plusSeconds(3_600L * hour);
            cache.put(instant, instant.toString());
        }

        assertThat(cache.size()).isEqualTo(8_760);
        for (int hour = 0; hour < 8_760; hour++) {
            Instant instant = start.plusSeconds(3_600L * hour);
            assertThat(cache.get(Instant.parse(instant.toString()))).isEqualTo(instant.toString());
        }
        assertThat(cache.get(start.minusSeconds(1))).isNull();
    }

    @Test
    void shouldStopKeepingAtItsLimitAndKeepTheFirstValueOfAKey() {
        ValueCache<String, Integer> cache = new ValueCache<>(3);
        cache.put("a", 1);
        cache.put("a", 2);
        cache.put("b", 3);
        cache.put("c", 4);
        cache.put("d", 5);

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("a")).isEqualTo(1);
        assertThat(cache.get("c")).isEqualTo(4);
        assertThat(cache.get("d")).isNull();
    }
}
