package org.chargeback.ingestion.usage;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
class UsageEventRepository {

    /** A usage event ready to store: values as text, plus the hash of its content. */
    record StoredEvent(String eventId, String businessUnit, String useCase, String product, String quantity,
                       String occurredAt, String attributes, String contentHash) {
    }

    /**
     * Inserts the events in one statement; ids already stored are skipped (ON CONFLICT DO NOTHING waits for a
     * concurrent insert of the same id to finish, so two requests never both count one event).
     *
     * @return the ids this call inserted
     */
    Set<String> insertNew(Connection c, List<StoredEvent> events) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at, attributes, content_hash)
                select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::timestamptz[], ?::jsonb[], ?::text[])
                on conflict (event_id) do nothing
                returning event_id""")) {
            insert.setArray(1, texts(c, events, StoredEvent::eventId));
            insert.setArray(2, texts(c, events, StoredEvent::businessUnit));
            insert.setArray(3, texts(c, events, StoredEvent::useCase));
            insert.setArray(4, texts(c, events, StoredEvent::product));
            insert.setArray(5, texts(c, events, StoredEvent::quantity));
            insert.setArray(6, texts(c, events, StoredEvent::occurredAt));
            insert.setArray(7, texts(c, events, StoredEvent::attributes));
            insert.setArray(8, texts(c, events, StoredEvent::contentHash));
            Set<String> inserted = new HashSet<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
            return inserted;
        }
    }

    Map<String, String> contentHashes(Connection c, List<String> eventIds) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select event_id, content_hash from usage_event where event_id = any(?)")) {
            select.setArray(1, c.createArrayOf("text", eventIds.toArray()));
            Map<String, String> hashes = new HashMap<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    hashes.put(rs.getString(1), rs.getString(2));
                }
            }
            return hashes;
        }
    }

    private static Array texts(Connection c, List<StoredEvent> events, java.util.function.Function<StoredEvent, String> field)
            throws SQLException {
        return c.createArrayOf("text", events.stream().map(field).toArray());
    }
}
