package org.chargeback.ingestion.cost;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports in progress on this instance, with rows read so far. Their rows are invisible to everyone (uncommitted)
 * until the import commits, so progress is kept in memory, not in the database.
 */
@ApplicationScoped
class RunningImports {

    private record Running(UUID id, String fileName, Instant startedAt, AtomicLong rows) {
    }

    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    AtomicLong start(UUID id, String fileName) {
        AtomicLong rows = new AtomicLong();
        running.put(id, new Running(id, fileName, Instant.now(), rows));
        return rows;
    }

    void finish(UUID id) {
        running.remove(id);
    }

    List<CostImportView> list() {
        return running.values().stream().sorted(Comparator.comparing(Running::startedAt).reversed())
                .map(r -> new CostImportView(r.id(), "RUNNING", null, r.fileName(), null, null, false, r.rows().get(),
                        r.startedAt(), List.of(), List.of(), List.of()))
                .toList();
    }
}
