package org.chargeback.support.security;

import io.quarkus.logging.Log;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The token a service sends when it calls another service of the suite: role {@value Roles#SERVICE}, subject the
 * application's name, minted with the suite's private key ({@code suite.jwt.sign-key}, a PEM file or classpath: resource; the launcher and the
 * Kubernetes secret provide it) and renewed before it expires. REST clients send it with
 * {@code @ClientHeaderParam(name = "Authorization", value = "{org.chargeback.support.security.ServiceTokens.authorization}")}.
 */
public final class ServiceTokens {

    private static final Duration VALIDITY = Duration.ofMinutes(10);
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(2);

    private static String token;
    private static Instant renewAt = Instant.MIN;
    private static PrivateKey key;

    private ServiceTokens() {
    }

    /** The Authorization header value of the service's calls ("Bearer ..."); fails when no signing key is set. */
    public static synchronized String authorization() {
        Instant now = Instant.now();
        if (token == null || now.isAfter(renewAt)) {
            Config config = ConfigProvider.getConfig();
            token = SuiteTokens.mint(key(config), config.getOptionalValue("quarkus.application.name", String.class)
                    .orElse("suite-service"), List.of(Roles.SERVICE), List.of(), VALIDITY);
            renewAt = now.plus(VALIDITY).minus(RENEW_BEFORE);
        }
        return "Bearer " + token;
    }

    /** A file path (optionally "file:") or "classpath:" resource, as SmallRye JWT reads its key locations. */
    private static String read(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream(location.substring("classpath:".length()))) {
                if (in == null) {
                    throw new IOException("No resource " + location);
                }
                return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
        return Files.readString(Path.of(location.replaceFirst("^file:", "")));
    }

    private static PrivateKey key(Config config) {
        if (key == null) {
            Optional<String> location = config.getOptionalValue("suite.jwt.sign-key", String.class);
            if (location.isEmpty()) {
                throw new IllegalStateException("suite.jwt.sign-key (SUITE_JWT_SIGN_KEY) is not set: this service "
                        + "cannot call the other services of the suite");
            }
            try {
                key = SuiteTokens.readPrivateKey(read(location.get()));
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the signing key " + location.get(), e);
            }
            Log.infof("Calls to the other services carry a service token signed with %s", location.get());
        }
        return key;
    }
}
