package org.chargeback.ingestion.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for cost imports. Methods take the caller's connection so COPY and bookkeeping share one transaction. */
@ApplicationScoped
class CostImportRepository {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** What an import records about itself once its rows are in. */
    record NewImport(UUID id, String sha256, String fileName, String format, String focusVersion, boolean strict,
                     long rowCount, List<CostTotal> totals, List<CostImportView.ImportWarning> warnings) {
    }

    /** Records the import unless the same bytes were imported before; true when this call recorded it. */
    boolean insertIfNew(Connection c, NewImport i) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into cost_import (id, sha256, file_name, format, focus_version, strict, row_count, totals, warnings)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb) on conflict (sha256) do nothing""")) {
            insert.setObject(1, i.id());
            insert.setString(2, i.sha256());
            insert.setString(3, i.fileName());
            insert.setString(4, i.format());
            insert.setString(5, i.focusVersion());
            insert.setBoolean(6, i.strict());
            insert.setLong(7, i.rowCount());
            insert.setString(8, json(i.totals()));
            insert.setString(9, json(i.warnings()));
            return insert.executeUpdate() == 1;
        }
    }

    /**
     * Makes this import the current revision of a (BillingAccountId, BillingPeriodStart) scope: the previous
     * revision, if any, ends now. A transaction-scoped advisory lock per scope serialises concurrent restatements
     * of the same scope (callers lock scopes in a fixed order, so two imports cannot deadlock).
     */
    void recordRevision(Connection c, UUID importId, String billingAccountId, Instant billingPeriodStart, long rowCount)
            throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(hashtextextended(? || '|' || ?, 0))")) {
            lock.setString(1, billingAccountId);
            lock.setString(2, billingPeriodStart.toString());
            lock.execute();
        }
        int previous = 0;
        try (PreparedStatement close = c.prepareStatement("""
                update cost_scope_revision set valid_to = now()
                where billing_account_id = ? and billing_period_start = ? and valid_to is null returning revision""")) {
            close.setString(1, billingAccountId);
            close.setTimestamp(2, Timestamp.from(billingPeriodStart));
            try (ResultSet rs = close.executeQuery()) {
                if (rs.next()) previous = rs.getInt(1);
            }
        }
        try (PreparedStatement insert = c.prepareStatement("""
                insert into cost_scope_revision (billing_account_id, billing_period_start, revision, import_id, row_count)
                values (?, ?, ?, ?, ?)""")) {
            insert.setString(1, billingAccountId);
            insert.setTimestamp(2, Timestamp.from(billingPeriodStart));
            insert.setInt(3, previous + 1);
            insert.setObject(4, importId);
            insert.setLong(5, rowCount);
            insert.executeUpdate();
        }
    }

    Optional<CostImportView> findById(Connection c, UUID id) throws SQLException {
        List<CostImportView> found = select(c, "where id = ?", id, 1);
        return found.stream().findFirst();
    }

    Optional<CostImportView> findBySha256(Connection c, String sha256) throws SQLException {
        return select(c, "where sha256 = ?", sha256, 1).stream().findFirst();
    }

    /** Newest first; with a billing period, only imports that cover a scope of it. */
    List<CostImportView> list(Connection c, Instant billingPeriodStart, int limit) throws SQLException {
        if (billingPeriodStart == null) {
            return select(c, "", null, limit);
        }
        return select(c, "where id in (select import_id from cost_scope_revision where billing_period_start = ?)",
                Timestamp.from(billingPeriodStart), limit);
    }

    private List<CostImportView> select(Connection c, String where, Object value, int limit) throws SQLException {
        String sql = "select id, sha256, file_name, format, focus_version, strict, row_count, imported_at, totals, warnings "
                + "from cost_import " + where + " order by imported_at desc, id limit " + limit;
        List<CostImportView> imports = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (value != null) select.setObject(1, value);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    imports.add(new CostImportView(id, "COMPLETED", rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6), rs.getLong(7), rs.getTimestamp(8).toInstant(),
                            read(rs.getString(9), new TypeReference<>() { }), scopes(c, id),
                            read(rs.getString(10), new TypeReference<>() { })));
                }
            }
        }
        return imports;
    }

    private List<CostImportView.ScopeRevision> scopes(Connection c, UUID importId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select billing_account_id, billing_period_start, revision, row_count, valid_from, valid_to
                from cost_scope_revision where import_id = ? order by billing_period_start, billing_account_id""")) {
            select.setObject(1, importId);
            List<CostImportView.ScopeRevision> scopes = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant start = rs.getTimestamp(2).toInstant();
                    Timestamp validTo = rs.getTimestamp(6);
                    scopes.add(new CostImportView.ScopeRevision(rs.getString(1),
                            start.atOffset(ZoneOffset.UTC).toLocalDate().toString().substring(0, 7), start, rs.getInt(3),
                            rs.getLong(4), validTo == null, rs.getTimestamp(5).toInstant(),
                            validTo == null ? null : validTo.toInstant()));
                }
            }
            return scopes;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import bookkeeping always serialises", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored import bookkeeping is unreadable", e);
        }
    }
}
