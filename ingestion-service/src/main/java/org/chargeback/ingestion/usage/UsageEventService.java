package org.chargeback.ingestion.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/** Stores outcome usage events exactly once: a re-sent event is a duplicate, a reused id with other content a conflict. */
@ApplicationScoped
public class UsageEventService {

    // Sorted keys make the content hash independent of the order a producer writes attribute keys in.
    private static final ObjectMapper CANONICAL = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final DataSource dataSource;
    private final UsageEventRepository events;

    UsageEventService(DataSource dataSource, UsageEventRepository events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    /** All or nothing: either every new event of the request is stored, or (on a conflict) none is. */
    @Transactional
    public UsageIngestResult record(List<UsageEventRequest> requests) {
        if (requests.isEmpty()) {
            return new UsageIngestResult(0, 0, 0);
        }
        // Insert in event id order so two requests with overlapping events lock rows in the same order (no deadlock).
        List<Integer> order = IntStream.range(0, requests.size()).boxed()
                .sorted(Comparator.comparing(i -> requests.get(i).eventId())).toList();
        List<UsageEventRepository.StoredEvent> stored = order.stream().map(i -> toStored(requests.get(i))).toList();
        try (Connection c = dataSource.getConnection()) {
            Set<String> inserted = events.insertNew(c, stored);
            List<ProblemError> conflicts = new ArrayList<>();
            if (inserted.size() < stored.size()) {
                Map<String, String> hashes = events.contentHashes(c, stored.stream().map(UsageEventRepository.StoredEvent::eventId).toList());
                for (int k = 0; k < stored.size(); k++) {
                    UsageEventRepository.StoredEvent event = stored.get(k);
                    if (!event.contentHash().equals(hashes.get(event.eventId()))) {
                        conflicts.add(ProblemError.field("[" + order.get(k) + "].eventId", event.eventId(),
                                "is already stored with different content"));
                    }
                }
            }
            if (!conflicts.isEmpty()) {
                throw new ProblemException(409, "usage-event-conflict", "An event id is already used by another event",
                        conflicts.size() + " event id(s) already stored with different content; nothing was stored",
                        conflicts);
            }
            long accepted = inserted.size();
            Log.infof("Recorded %d usage events, %d duplicates", accepted, stored.size() - accepted);
            return new UsageIngestResult(accepted, stored.size() - accepted, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("Storing usage events failed", e);
        }
    }

    private static UsageEventRepository.StoredEvent toStored(UsageEventRequest r) {
        String quantity = r.quantity().stripTrailingZeros().toPlainString();
        String occurredAt = r.occurredAt().toInstant().toString();
        String attributes = r.attributes() == null || r.attributes().isNull() ? null : canonical(r.attributes());
        String content = String.join("\u001f", r.businessUnit(), r.useCase(), r.product(), quantity, occurredAt,
                attributes == null ? "" : attributes);
        return new UsageEventRepository.StoredEvent(r.eventId(), r.businessUnit(), r.useCase(), r.product(), quantity,
                occurredAt, attributes, sha256(content));
    }

    private static String canonical(JsonNode attributes) {
        try {
            return CANONICAL.writeValueAsString(CANONICAL.convertValue(attributes, Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON tree always serialises", e);
        }
    }

    private static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
