package org.chargeback.chargeback;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.chargeback.chargeback.security.Roles;

import java.security.PrivateKey;
import java.util.List;
import java.util.Set;

/** Tokens minted with the test key pair (src/test/resources/jwt), as the suite's launcher would sign them. */
public final class TestTokens {

    public static final String ISSUER = "chargeback-suite";

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

    public static String buOwner(String... businessUnits) {
        return token("test-owner", Set.of(Roles.BU_OWNER), List.of(businessUnits));
    }

    public static String token(String subject, Set<String> roles, List<String> businessUnits) {
        var builder = Jwt.issuer(ISSUER).subject(subject).upn(subject + "@example.com").groups(roles)
                .expiresIn(3600);
        if (!businessUnits.isEmpty()) {
            builder.claim(Roles.BUSINESS_UNITS_CLAIM, businessUnits);
        }
        return builder.sign(privateKey());
    }

    private static synchronized PrivateKey privateKey() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("jwt/privateKey.pem");
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the test private key jwt/privateKey.pem", e);
            }
        }
        return key;
    }
}
