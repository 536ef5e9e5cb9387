package org.chargeback.ingestion.usage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;
import org.postgresql.copy.PGCopyOutputStream;

import javax.sql.DataSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores outcome usage events exactly once: a re-sent event is a duplicate, a reused id with other content a conflict.
 * The body is streamed: each event is parsed and validated as it arrives. A request of up to {@link #DIRECT_EVENTS}
 * events is held in memory and stored with a COPY of its keys and one of its events; a larger one is copied into a
 * staging table as it arrives and stored with set-based statements, so memory stays bounded for a million events.
 */
@ApplicationScoped
public class UsageEventService {

    static final int MAX_REPORTED_ERRORS = 100;

    private final DataSource dataSource;
    private final UsageEventRepository events;

    UsageEventService(DataSource dataSource, UsageEventRepository events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Records the events of one request body. All or nothing by default: an invalid event is a 400 listing the
     * problems and nothing is stored. With {@code partial} the valid events are stored and the invalid ones reported
     * in the result. Either way an event id already stored with other content is a 409 and nothing is stored.
     */
    /**
     * Requests of at most this many events (and {@link #DIRECT_CHARS} of event text) are held in memory and stored
     * without a staging table; larger ones stream through the staging table. A producer's batch of a few thousand
     * events takes a few MB of heap while it is stored.
     */
    static final int DIRECT_EVENTS = 10_000;
    static final long DIRECT_CHARS = 16L << 20;

    /**
     * Records the events of one request body. All or nothing by default: an invalid event is a 400 listing the
     * problems and nothing is stored. With {@code partial} the valid events are stored and the invalid ones reported
     * in the result. Either way an event id already stored with other content is a 409 and nothing is stored.
     */
    @Transactional
    // A streamed request of millions of events can outlast the transaction manager's default timeout (60 s).
    @TransactionConfiguration(timeout = 14_400, timeoutFromConfigProperty = "ingestion.bulk-transaction-timeout")
    public UsageIngestResult record(InputStream body, UsageFormat format, boolean partial) {
        UsageErrors errors = new UsageErrors(MAX_REPORTED_ERRORS);
        UsageEventReader reader = new UsageEventReader(errors);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Staging staging = new Staging(c)) {
            List<UsageEventRepository.StoredEvent> held = new ArrayList<>();
            long[] heldChars = {0};
            Set<YearMonth> months = new HashSet<>();
            String[] lastMonth = {"-"};
            reader.read(body, format, event -> {
                // All or nothing: after the first problem keep validating (every problem is reported) but stop keeping.
                if (!partial && errors.any()) {
                    return;
                }
                if (staging.started()) {
                    staging.write(event);
                } else if (held.size() < DIRECT_EVENTS && heldChars[0] + event.size() <= DIRECT_CHARS) {
                    held.add(event);
                    heldChars[0] += event.size();
                } else {
                    staging.start();
                    held.forEach(staging::write);
                    held.clear();
                    staging.write(event);
                }
                if (!event.occurredAt().startsWith(lastMonth[0])) {
                    lastMonth[0] = event.month();
                    months.add(YearMonth.parse(lastMonth[0]));
                }
            });
            if (errors.unreadable() || (!partial && errors.any())) {
                throw rejected(errors, reader.eventsRead());
            }
            long kept = staging.started() ? staging.finish() : held.size();
            if (kept == 0) {
                return new UsageIngestResult(0, 0, errors.rejectedEvents(), 0, errors.kept());
            }
            long read = System.nanoTime();
            List<String> closedMonths = events.closedMonths(c, months);
            long accepted;
            long late;
            if (staging.started()) {
                UsageEventRepository.Stored stored = events.storeStaged(c, closedMonths);
                if (stored.accepted() < kept) {
                    List<UsageEventRepository.Conflict> conflicts = events.conflicts(c, MAX_REPORTED_ERRORS);
                    if (!conflicts.isEmpty()) {
                        throw conflict(format, conflicts, events.countConflicts(c));
                    }
                }
                accepted = stored.accepted();
                late = stored.late();
            } else {
                UsageEventRepository.Direct stored = events.storeDirect(c, held, closedMonths);
                if (!stored.conflicts().isEmpty()) {
                    List<UsageEventRepository.Conflict> conflicts = stored.conflicts();
                    throw conflict(format, conflicts.subList(0, Math.min(MAX_REPORTED_ERRORS, conflicts.size())),
                            conflicts.size());
                }
                accepted = stored.accepted();
                late = stored.late();
            }
            long duplicates = kept - accepted;
            Log.infof("Recorded %d usage events (%d late), %d duplicates, %d rejected in %d ms (read %d ms, stored %d ms, %s)",
                    accepted, late, duplicates, errors.rejectedEvents(), (System.nanoTime() - started) / 1_000_000,
                    (read - started) / 1_000_000, (System.nanoTime() - read) / 1_000_000,
                    staging.started() ? "staged" : "direct");
            return new UsageIngestResult(accepted, duplicates, errors.rejectedEvents(), late, errors.kept());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the usage events failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing usage events failed", e);
        }
    }

    /**
     * The staging table of a large request: created when the events no longer fit in memory, each event then copied
     * into it as it is read.
     */
    private final class Staging implements AutoCloseable {

        private final Connection connection;
        private final StringBuilder line = new StringBuilder(512);
        private PGCopyOutputStream copy;
        private Writer out;

        Staging(Connection connection) {
            this.connection = connection;
        }

        boolean started() {
            return copy != null;
        }

        void start() {
            try {
                events.createStaging(connection);
                copy = events.copyIntoStaging(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("Creating the staging table failed", e);
            }
            out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
        }

        void write(UsageEventRepository.StoredEvent event) {
            line.setLength(0);
            event.appendCopyLine(line);
            try {
                out.append(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Ends the COPY; answers the events staged. */
        long finish() throws IOException, SQLException {
            out.flush();
            return copy.endCopy();
        }

        @Override
        public void close() {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    Log.debugf(e, "Cancelling COPY after a rejected request");
                }
            }
        }
    }

    private static ProblemException conflict(UsageFormat format, List<UsageEventRepository.Conflict> conflicts,
                                             long total) {
        return new ProblemException(409, "usage-event-conflict", "An event id is already used by another event",
                total + " event id(s) already stored with different content; nothing was stored",
                conflicts.stream().map(k -> position(format, k)).toList())
                .with("totalErrors", total);
    }

    private static ProblemError position(UsageFormat format, UsageEventRepository.Conflict conflict) {
        String message = "is already stored with different content";
        if (format == UsageFormat.CSV) {
            // positions count events; as a spreadsheet shows it, the header is row 1
            return ProblemError.cell(conflict.position() + 2, "eventId", conflict.eventId(), message);
        }
        return ProblemError.field("[" + conflict.position() + "].eventId", conflict.eventId(), message);
    }

    private static ProblemException rejected(UsageErrors errors, long eventsRead) {
        String detail = errors.unreadable()
                ? "The body could not be read; nothing was stored"
                : errors.rejectedEvents() + " of " + eventsRead + " event(s) are invalid; nothing was stored"
                + " (send ?partial=accept to store the valid ones)";
        return new ProblemException(400, "invalid-request", "The request is invalid", detail, errors.kept())
                .with("totalErrors", errors.total())
                .with("rejected", errors.rejectedEvents());
    }
}
