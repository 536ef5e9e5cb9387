package org.chargeback.ingestion.usage;

import org.chargeback.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the event listing ended: the last event's (occurredAt, eventId), the listing's order. Handed to
 * clients as an opaque token (base64url of {@code <instant>|<eventId>}); they send it back as {@code after}.
 */
record UsageEventCursor(Instant occurredAt, String eventId) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((occurredAt + "|" + eventId).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token made by {@link #encode()}; anything else is a 400 naming {@code parameter}. */
    static UsageEventCursor decode(String parameter, String token) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter, token);
        }
        int bar = text.indexOf('|');
        if (bar < 0 || bar == text.length() - 1) {
            throw invalid(parameter, token);
        }
        try {
            return new UsageEventCursor(Instant.parse(text.substring(0, bar)), text.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw invalid(parameter, token);
        }
    }

    private static ProblemException invalid(String parameter, String token) {
        return ProblemException.invalidField(parameter, token,
                "is not a cursor of this listing (send the nextCursor of the previous page unchanged)");
    }
}
