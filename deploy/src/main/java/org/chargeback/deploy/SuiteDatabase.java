package org.chargeback.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * One embedded PostgreSQL 17 (zonky binaries from Maven Central) holding one database per service. The data
 * directory lives in SUITE_HOME, so stopping the suite or running `mvn clean` loses nothing.
 */
final class SuiteDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private SuiteDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static SuiteDatabase start(SuiteConfig config, List<String> databases) {
        Path data = config.home().resolve("postgres/data");
        Path binaries = config.home().resolve("postgres/bin");
        try {
            Files.createDirectories(binaries);
            Files.createDirectories(config.logs());
            stopLeftoverPostmaster(data);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false) // keep the data between runs: initdb only on first use
                    .setOverrideWorkingDirectory(binaries.toFile())
                    .setPort(config.postgresPort())
                    .setRegisterShutdownHook(false) // the launcher stops it after the services, not before
                    // zonky tunes for throwaway test databases (-F = fsync off, synchronous_commit off); a ledger that
                    // promises nothing is lost needs both on. A later -c wins over -F.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("wal_buffers", "32MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(config.logs().resolve("postgres.log").toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(config.logs().resolve("postgres.log").toFile()))
                    .start();
            SuiteDatabase database = new SuiteDatabase(postgres);
            database.createMissing(databases);
            return database;
        } catch (IOException | SQLException e) {
            throw new SuiteException("PostgreSQL did not start on port " + config.postgresPort()
                    + " (see " + config.logs().resolve("postgres.log") + "): " + e.getMessage(), e);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private void createMissing(List<String> databases) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            for (String database : databases) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) continue;
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + database);
                }
            }
        }
    }

    /** A launcher killed with SIGKILL leaves its postmaster running; stop it before starting on the same data. */
    private static void stopLeftoverPostmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) return;
        ProcessHandle.of(Long.parseLong(lines.get(0).trim())).ifPresent(pm -> {
            pm.destroy(); // SIGTERM: smart shutdown
            pm.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> {
                pm.destroyForcibly();
                return pm;
            }).join();
        });
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Stopping PostgreSQL failed: " + e.getMessage());
        }
    }
}
