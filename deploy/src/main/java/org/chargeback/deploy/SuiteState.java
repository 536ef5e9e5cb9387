package org.chargeback.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What runs, written by the launcher to SUITE_HOME/run/suite.state so that 'down' and 'status' (other processes)
 * can find it. Status: starting, ready, failed.
 */
record SuiteState(long launcherPid, String status, String message, List<Long> servicePids) {

    static Path file(SuiteConfig config) {
        return config.run().resolve("suite.state");
    }

    void write(SuiteConfig config) {
        Properties p = new Properties();
        p.setProperty("launcherPid", Long.toString(launcherPid));
        p.setProperty("status", status);
        p.setProperty("message", message == null ? "" : message);
        p.setProperty("servicePids", String.join(",", servicePids.stream().map(String::valueOf).toList()));
        try {
            Files.createDirectories(config.run());
            Path tmp = config.run().resolve("suite.state.tmp");
            try (Writer out = Files.newBufferedWriter(tmp)) {
                p.store(out, "chargeback suite launcher state");
            }
            Files.move(tmp, file(config), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Optional<SuiteState> read(SuiteConfig config) {
        Path file = file(config);
        if (!Files.exists(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String pids = p.getProperty("servicePids", "");
        return Optional.of(new SuiteState(Long.parseLong(p.getProperty("launcherPid", "0")), p.getProperty("status", ""),
                p.getProperty("message", ""),
                pids.isBlank() ? List.of() : Arrays.stream(pids.split(",")).map(Long::parseLong).toList()));
    }

    static void clear(SuiteConfig config) {
        try {
            Files.deleteIfExists(file(config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean launcherAlive() {
        return ProcessHandle.of(launcherPid).map(ProcessHandle::isAlive).orElse(false);
    }
}
