package org.chargeback.chargeback.shared;

import org.chargeback.support.problem.ProblemException;

/**
 * Optimistic locking of versioned finance data (business units, allocation rules, recurring entries): the ETag is
 * {@code "<version>"}, a change must send the ETag it last read as If-Match, so nobody overwrites a change they did
 * not see.
 */
public final class Etags {

    private Etags() {
    }

    /** @throws ProblemException 428 {@code /problems/precondition-required} when If-Match is missing */
    public static void requireIfMatch(String ifMatch, String what, String path) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send If-Match with the " + what + "'s ETag (from GET " + path
                            + ") so a concurrent change is not overwritten");
        }
    }

    /** The version an If-Match names; -1 for an ETag we never issued (stale by definition). */
    public static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 412 {@code /problems/stale-<type>}, naming the current ETag. */
    public static ProblemException stale(String type, String what, String code, String ifMatch, String currentEtag) {
        String capitalized = Character.toUpperCase(what.charAt(0)) + what.substring(1);
        return new ProblemException(412, "stale-" + type, "The " + what + " changed meanwhile",
                capitalized + " '" + code + "' is at ETag " + currentEtag + ", not " + ifMatch.strip()
                        + "; GET it again and re-apply your change")
                .with("currentEtag", currentEtag);
    }
}
