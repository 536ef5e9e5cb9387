package org.chargeback.ingestion.usage;

import java.time.Month;
import java.time.Year;

/** Recognises the timestamp producers almost always send, so most events skip the general ISO 8601 parser. */
final class UsageTimestamps {

    private UsageTimestamps() {
    }

    /**
     * True for a valid {@code yyyy-MM-ddTHH:mm:ssZ} with a year from 1000 to 9999: exactly what {@link
     * java.time.Instant#toString()} prints for a whole second, so it is already the stored form. Anything else
     * (offsets, fractions, lower-case letters, invalid dates) answers false and goes through the full parser.
     */
    static boolean isCanonicalUtc(String text) {
        if (text.length() != 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(19) != 'Z') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        return year >= 1000 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year))
                && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
    }

    /** The decimal number of {@code length} ASCII digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
