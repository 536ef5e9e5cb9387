package org.chargeback.chargeback.governance;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.shared.Jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.chargeback.chargeback.shared.Jdbc.failure;

/**
 * The webhook outbox table. A notification is written in the transaction that raises or moves the event, so it
 * exists exactly when the change does; the worker claims due rows with a lease (skip locked, no transaction held
 * while calling out) and records each attempt. Rows are never deleted.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final DataSource dataSource;

    WebhookOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Joins the caller's transaction (the one changing the event). */
    @Transactional(Transactional.TxType.MANDATORY)
    void enqueue(UUID eventId, List<String> urls, String payload, Instant now) {
        String sql = "insert into webhook_delivery (id, event_id, url, payload, next_attempt_at, created_at)"
                + " values (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (String url : urls) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, eventId);
                ps.setString(3, url);
                ps.setString(4, payload);
                Jdbc.setInstant(ps, 5, now);
                Jdbc.setInstant(ps, 6, now);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failure("queue webhook notifications of event " + eventId, e);
        }
    }

    /**
     * Claims up to {@code limit} due deliveries: their next attempt moves {@code lease} ahead, so no other worker
     * takes them while this one calls out, and they come due again if this one dies.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<WebhookDelivery> claimDue(Instant now, Duration lease, int limit) {
        String sql = "update webhook_delivery set next_attempt_at = ? where id in (select id from webhook_delivery"
                + " where delivered_at is null and next_attempt_at <= ? order by next_attempt_at limit ?"
                + " for update skip locked) returning *";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, now.plus(lease));
            Jdbc.setInstant(ps, 2, now);
            ps.setInt(3, limit);
            return read(ps);
        } catch (SQLException e) {
            throw failure("claim webhook deliveries", e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordAttempt(UUID id, Instant at, boolean delivered, String error, Instant nextAttemptAt) {
        String sql = "update webhook_delivery set attempts = attempts + 1, last_attempt_at = ?, last_error = ?,"
                + " delivered_at = ?, next_attempt_at = ? where id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Jdbc.setInstant(ps, 1, at);
            ps.setString(2, error);
            Jdbc.setInstant(ps, 3, delivered ? at : null);
            Jdbc.setInstant(ps, 4, nextAttemptAt);
            ps.setObject(5, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("record a webhook attempt", e);
        }
        if (!delivered) {
            Log.warnf("Webhook delivery %s failed (%s); next attempt at %s", id, error, nextAttemptAt);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WebhookDelivery> listOfEvent(UUID eventId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select * from webhook_delivery where event_id = ? order by created_at, url")) {
            ps.setObject(1, eventId);
            return read(ps);
        } catch (SQLException e) {
            throw failure("list webhook deliveries", e);
        }
    }

    private static List<WebhookDelivery> read(PreparedStatement ps) throws SQLException {
        List<WebhookDelivery> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(new WebhookDelivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("url"), rs.getString("payload"), rs.getInt("attempts"),
                        Jdbc.getInstant(rs, "next_attempt_at"), Jdbc.getInstant(rs, "last_attempt_at"),
                        rs.getString("last_error"), Jdbc.getInstant(rs, "delivered_at"),
                        Jdbc.getInstant(rs, "created_at")));
            }
        }
        return found;
    }
}
