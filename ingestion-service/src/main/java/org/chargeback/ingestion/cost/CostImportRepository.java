package org.chargeback.ingestion.cost;

import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SQL for cost imports. Methods take the caller's connection so COPY and bookkeeping share one transaction. */
@ApplicationScoped
class CostImportRepository {

    /** Records the import unless the same bytes were imported before; true when this call recorded it. */
    boolean insertIfNew(Connection c, UUID id, String sha256, String fileName, String focusVersion, long rowCount)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("""
                insert into cost_import (id, sha256, file_name, focus_version, row_count)
                values (?, ?, ?, ?, ?) on conflict (sha256) do nothing""")) {
            insert.setObject(1, id);
            insert.setString(2, sha256);
            insert.setString(3, fileName);
            insert.setString(4, focusVersion);
            insert.setLong(5, rowCount);
            return insert.executeUpdate() == 1;
        }
    }

    Optional<CostImportView> findById(Connection c, UUID id) throws SQLException {
        return findWhere(c, "id = ?", id);
    }

    Optional<CostImportView> findBySha256(Connection c, String sha256) throws SQLException {
        return findWhere(c, "sha256 = ?", sha256);
    }

    private Optional<CostImportView> findWhere(Connection c, String condition, Object value) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "select id, sha256, file_name, focus_version, row_count, imported_at from cost_import where " + condition)) {
            select.setObject(1, value);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID id = rs.getObject(1, UUID.class);
                return Optional.of(new CostImportView(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(), totals(c, id)));
            }
        }
    }

    private List<CostTotal> totals(Connection c, UUID importId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("""
                select billing_currency, sum(billed_cost), sum(effective_cost), count(*)
                from cost_record where import_id = ? group by billing_currency order by billing_currency""")) {
            select.setObject(1, importId);
            List<CostTotal> totals = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    totals.add(new CostTotal(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getLong(4)));
                }
            }
            return totals;
        }
    }
}
