package org.chargeback.deploy;

import org.chargeback.support.security.Roles;
import org.chargeback.support.security.SuiteTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

/**
 * The suite's key pair in SUITE_HOME/keys, created on first use: the services verify tokens with the public key and
 * sign their calls to each other with the private one; the launcher mints the demo's and scripts' tokens with it.
 */
public final class SuiteKeys {

    /** How long the tokens printed by {@code up} and {@code token} stay valid unless asked otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);

    private final Path privateKey;
    private final Path publicKey;
    private PrivateKey key;

    private SuiteKeys(Path directory) {
        this.privateKey = directory.resolve("privateKey.pem");
        this.publicKey = directory.resolve("publicKey.pem");
    }

    /** The key pair of this SUITE_HOME, generated when there is none yet. */
    public static SuiteKeys ensure(Path suiteHome) {
        Path directory = suiteHome.resolve("keys");
        SuiteKeys keys = new SuiteKeys(directory);
        if (Files.isRegularFile(keys.privateKey) && Files.isRegularFile(keys.publicKey)) {
            return keys;
        }
        try {
            Files.createDirectories(directory);
            Path newPrivate = directory.resolve("privateKey.pem.new");
            Path newPublic = directory.resolve("publicKey.pem.new");
            SuiteTokens.writePem(SuiteTokens.generateKeyPair(), newPrivate, newPublic);
            try {
                Files.setPosixFilePermissions(newPrivate, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the directory's permissions apply.
            }
            // Public key last: a pair is complete once both names exist.
            Files.move(newPrivate, keys.privateKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.move(newPublic, keys.publicKey, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the suite's key pair in " + directory, e);
        }
        return keys;
    }

    /** "Bearer <admin token>" of the suite in $SUITE_HOME (default ~/.chargeback-suite): what the benchmarks send. */
    public static String adminAuthorization() {
        String home = System.getenv().getOrDefault("SUITE_HOME", System.getProperty("user.home") + "/.chargeback-suite");
        return "Bearer " + ensure(Path.of(home)).adminToken();
    }

    public Path privateKey() {
        return privateKey;
    }

    public Path publicKey() {
        return publicKey;
    }

    /** A token of {@code role}; a bu-owner's lists the business units they own. */
    public String token(String role, List<String> businessUnits, Duration validity) {
        String subject = role.equals(Roles.BU_OWNER) && !businessUnits.isEmpty()
                ? "owner-of-" + String.join("-", businessUnits) : role;
        return SuiteTokens.mint(key(), subject, List.of(role), businessUnits, validity);
    }

    /** An admin token for the launcher's own calls (demo loading, benchmarks, tests). */
    public String adminToken() {
        return token(Roles.ADMIN, List.of(), Duration.ofHours(4));
    }

    private synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = SuiteTokens.readPrivateKey(privateKey);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return key;
    }
}
