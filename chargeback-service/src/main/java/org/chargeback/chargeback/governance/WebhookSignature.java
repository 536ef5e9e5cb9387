package org.chargeback.chargeback.governance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The signature header of a webhook: {@code sha256=<hex HMAC-SHA256 of the exact body bytes>} with the shared secret,
 * so a receiver can tell our notifications from forged ones (recompute and compare in constant time).
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Chargeback-Signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
