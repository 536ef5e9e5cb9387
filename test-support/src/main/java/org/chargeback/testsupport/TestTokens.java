package org.chargeback.testsupport;

import org.chargeback.support.security.Roles;
import org.chargeback.support.security.SuiteTokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Tokens minted with the test key pair (test-jwt/ in this module; the services' %test profile verifies with its
 * public key), the way the suite's launcher mints them with the suite's key pair.
 */
public final class TestTokens {

    private static PrivateKey key;

    private TestTokens() {
    }

    public static String admin() {
        return token("test-admin", Set.of(Roles.ADMIN), List.of());
    }

    public static String finance() {
        return token("test-finance", Set.of(Roles.FINANCE), List.of());
    }

    public static String platform() {
        return token("test-platform", Set.of(Roles.PLATFORM), List.of());
    }

    public static String service() {
        return token("test-service", Set.of(Roles.SERVICE), List.of());
    }

    public static String buOwner(String... businessUnits) {
        return token("test-owner", Set.of(Roles.BU_OWNER), List.of(businessUnits));
    }

    /** A token of {@code role} (a bu-owner's owns {@code businessUnits}). */
    public static String of(String role, String... businessUnits) {
        return token("test-" + role, Set.of(role), List.of(businessUnits));
    }

    public static String token(String subject, Set<String> roles, List<String> businessUnits) {
        return SuiteTokens.mint(privateKey(), subject, roles, businessUnits, Duration.ofHours(2));
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try (InputStream in = TestTokens.class.getResourceAsStream("/test-jwt/privateKey.pem")) {
                key = SuiteTokens.readPrivateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the test private key test-jwt/privateKey.pem", e);
            }
        }
        return key;
    }
}
