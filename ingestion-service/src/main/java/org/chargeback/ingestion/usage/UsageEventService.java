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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores outcome usage events exactly once: a re-sent event is a duplicate, a reused id with other content a conflict.
 * The body is streamed: each event is parsed, validated and copied into a staging table as it arrives, then the
 * request's events are stored with a few set-based statements, so memory stays bounded for a million events.
 */
@ApplicationScoped
public class UsageEventService {

    static final int MAX_REPORTED_ERRORS = 100;

    private final DataSource dataSource;
    private final UsageEventRepository events;
    private final UsagePartitions partitions;

    UsageEventService(DataSource dataSource, UsageEventRepository events, UsagePartitions partitions) {
        this.dataSource = dataSource;
        this.events = events;
        this.partitions = partitions;
    }

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
        PGCopyOutputStream copy = null;
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            events.createStaging(c);
            copy = events.copyIntoStaging(c);
            Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            StringBuilder line = new StringBuilder(512);
            long[] staged = {0};
            Set<YearMonth> months = new HashSet<>();
            String[] lastMonth = {"-"};
            reader.read(body, format, event -> {
                // All or nothing: after the first problem keep validating (every problem is reported) but stop copying.
                if (!partial && errors.any()) {
                    return;
                }
                line.setLength(0);
                event.appendCopyLine(line);
                try {
                    out.append(line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                staged[0]++;
                // occurredAt is stored as Instant prints it, "yyyy-MM-ddT...Z": its month is its first 7 characters
                if (!event.occurredAt().startsWith(lastMonth[0])) {
                    lastMonth[0] = event.occurredAt().substring(0, 7);
                    months.add(YearMonth.parse(lastMonth[0]));
                }
            });
            if (errors.unreadable() || (!partial && errors.any())) {
                throw rejected(errors, reader.eventsRead());
            }
            out.flush();
            copy.endCopy();
            if (staged[0] == 0) {
                return new UsageIngestResult(0, 0, errors.rejectedEvents(), 0, errors.kept());
            }
            long staging = System.nanoTime();
            partitions.ensure(months);
            UsageEventRepository.Stored stored = events.storeStaged(c, events.closedMonths(c, months));
            long storing = System.nanoTime();
            if (stored.accepted() < staged[0]) {
                List<UsageEventRepository.Conflict> conflicts = events.conflicts(c, MAX_REPORTED_ERRORS);
                if (!conflicts.isEmpty()) {
                    long total = events.countConflicts(c);
                    throw new ProblemException(409, "usage-event-conflict", "An event id is already used by another event",
                            total + " event id(s) already stored with different content; nothing was stored",
                            conflicts.stream().map(k -> position(format, k)).toList())
                            .with("totalErrors", total);
                }
            }
            long duplicates = staged[0] - stored.accepted();
            Log.infof("Recorded %d usage events (%d late), %d duplicates, %d rejected in %d ms (read and staged %d ms, stored %d ms)",
                    stored.accepted(), stored.late(), duplicates, errors.rejectedEvents(),
                    (System.nanoTime() - started) / 1_000_000, (staging - started) / 1_000_000, (storing - staging) / 1_000_000);
            return new UsageIngestResult(stored.accepted(), duplicates, errors.rejectedEvents(), stored.late(),
                    errors.kept());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the usage events failed", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing usage events failed", e);
        } finally {
            if (copy != null && copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    Log.debugf(e, "Cancelling COPY after a rejected request");
                }
            }
        }
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
