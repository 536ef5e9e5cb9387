package org.chargeback.chargeback.invoice;

import org.chargeback.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a reader of a feed ({@code GET /v1/invoices}, {@code GET /v1/credit-notes}) stands: the seq of the last
 * document it was given. Handed out as an opaque token (base64url of {@code <kind>:<seq>}) and sent back as
 * {@code after}; a token of the other feed is refused. Pure.
 */
record FeedCursor(String kind, long seq) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((kind + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The start of the feed when {@code token} is null or blank; a 400 naming {@code after} when it is not ours. */
    static FeedCursor decode(String kind, String token) {
        if (token == null || token.isBlank()) {
            return new FeedCursor(kind, 0);
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                long seq = Long.parseLong(text.substring(kind.length() + 1));
                if (seq >= 0) {
                    return new FeedCursor(kind, seq);
                }
            }
        } catch (IllegalArgumentException e) { // bad base64, or not a number (NumberFormatException)
            // falls through to the 400
        }
        throw ProblemException.invalidField("after", token,
                "is not a cursor of this listing (send the nextCursor of the previous page unchanged)");
    }

    /** {@code limit} as sent: default 100, else a whole number from 1 to 1000, or a 400 naming {@code limit}. */
    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw ProblemException.invalidField("limit", limit, "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
