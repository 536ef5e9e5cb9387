package org.chargeback.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL 17 (zonky embedded binaries) for a test JVM and points the Quarkus datasource at it.
 * The data directory lives under the module's target/ folder (java.io.tmpdir is set there by the build), so a test
 * run never writes to the system temp folder and never touches a suite the developer runs locally.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        if (postgres == null) {
            postgres = startPostgres();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresResource::stopPostgres));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // Kept running for the other test classes of this JVM; the shutdown hook stops it.
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            Path dataDir = Files.createTempDirectory("pg-data-");
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
        }
    }

    private static synchronized void stopPostgres() {
        try {
            if (postgres != null) {
                postgres.close();
                postgres = null;
            }
        } catch (IOException ignored) {
            // The JVM is exiting; nothing left to clean up that the next build's target/ wipe does not.
        }
    }
}
