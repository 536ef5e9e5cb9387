package org.chargeback.ingestion.usage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.chargeback.ingestion.WithEmbeddedPostgres;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration V202611250422 merges the key table and the monthly partitions into one usage_event: every stored event,
 * late flag and retraction must come through, and the event id must stay unique. Run against a database of its own,
 * migrated to the version before, filled the way the old code stored events, then migrated to the end.
 */
@QuarkusTest
class UsageEventMergeMigrationTest extends WithEmbeddedPostgres {

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void shouldMoveEveryEventRetractionAndLateFlagIntoTheOneTable() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists usage_merge_test");
            s.execute("create database usage_merge_test");
        }
        String url = jdbcUrl.replaceFirst("/[^/?]+(\\?|$)", "/usage_merge_test$1");
        migrate(url, "202611250146");
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("create table usage_event_2026_10 partition of usage_event"
                    + " for values from ('2026-10-01T00:00:00Z') to ('2026-11-01T00:00:00Z')");
            s.execute("create table usage_event_2026_11 partition of usage_event"
                    + " for values from ('2026-11-01T00:00:00Z') to ('2026-12-01T00:00:00Z')");
            s.execute("""
                    insert into usage_event_key (event_id, content_hash, occurred_at) values
                        ('m-1', repeat('a', 64), '2026-10-05T10:00:00Z'),
                        ('m-2', repeat('b', 64), '2026-10-31T23:59:59Z'),
                        ('m-3', repeat('c', 64), '2026-11-01T00:00:00Z')""");
            s.execute("""
                    insert into usage_event (event_id, business_unit, use_case, product, quantity, occurred_at,
                                             attributes, received_at, late, retracted_at) values
                        ('m-1', 'support', 'bot', 'resolution', 1.50, '2026-10-05T10:00:00Z',
                         '{"tokensIn": 120, "model": "m1"}', '2026-10-05T10:00:01Z', false, null),
                        ('m-2', 'legal', 'review', 'summary', 2, '2026-10-31T23:59:59Z', null,
                         '2026-11-03T08:00:00Z', true, '2026-11-04T09:00:00Z'),
                        ('m-3', 'support', 'bot', 'resolution', 3, '2026-11-01T00:00:00Z', '{}',
                         '2026-11-01T00:00:02Z', false, null)""");
            s.execute("insert into usage_retraction (event_id, reason, retracted_at)"
                    + " values ('m-2', 'sent twice by the producer', '2026-11-04T09:00:00Z')");
        }

        migrate(url, "latest");

        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            assertThat(rows(s, """
                    select e.event_id, e.business_unit, e.use_case, e.product, e.quantity, e.occurred_at at time zone 'UTC',
                           e.attributes, e.received_at at time zone 'UTC', e.late, e.retracted_at at time zone 'UTC', r.reason
                    from usage_event e left join usage_retraction r using (event_id) order by e.event_id""")).containsExactly(
                    "m-1|support|bot|resolution|1.50|2026-10-05 10:00:00|{\"model\": \"m1\", \"tokensIn\": 120}|2026-10-05 10:00:01|f|null|null",
                    "m-2|legal|review|summary|2|2026-10-31 23:59:59|null|2026-11-03 08:00:00|t|2026-11-04 09:00:00|sent twice by the producer",
                    "m-3|support|bot|resolution|3|2026-11-01 00:00:00|{}|2026-11-01 00:00:02|f|null|null");
            assertThat(rows(s, "select to_regclass('usage_event_key') is null, to_regclass('usage_event_2026_10') is null"))
                    .containsExactly("t|t");
            assertThatThrownBy(() -> s.execute("insert into usage_event (event_id, business_unit, use_case, product,"
                    + " quantity, occurred_at) values ('m-1', 'x', 'x', 'x', 1, now())"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("usage_event_pkey");
            assertThatThrownBy(() -> s.execute("insert into usage_retraction (event_id, reason) values ('m-9', 'x')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("usage_retraction_event_id_fkey");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop database if exists usage_merge_test");
            }
        }
    }

    private static void migrate(String url, String target) {
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static List<String> rows(Statement s, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : "|").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
