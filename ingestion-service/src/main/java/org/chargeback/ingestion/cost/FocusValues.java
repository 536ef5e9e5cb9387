package org.chargeback.ingestion.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;

/** Pure parsing of FOCUS cell values. Each method returns null for a value it cannot read. */
final class FocusValues {

    // FOCUS NumericFormat: optional leading minus, digits, optional fraction, optional exponent. No '+', no separators.
    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss][.SSSSSSSSS][.SSSSSS][.SSS]");

    private FocusValues() {
    }

    static BigDecimal decimal(String value) {
        if (!isDecimal(value)) {
            return null;
        }
        return new BigDecimal(value);
    }

    /**
     * A validated plain decimal ({@code -?digits[.digits]}) as a BigDecimal of the same value and scale; up to 18
     * digits without the string parsing of {@code new BigDecimal(String)} (millions of cells per import).
     */
    static BigDecimal plainDecimal(String v) {
        int n = v.length();
        if (n > 18) return new BigDecimal(v); // more digits than a long holds, perhaps
        int i = 0;
        boolean negative = v.charAt(0) == '-';
        if (negative) i++;
        long unscaled = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c == '.') {
                scale = 0;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            if (scale >= 0) scale++;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** The NumericFormat check by hand: this runs for every number of every row, a regex costs several times more. */
    static boolean isDecimal(String v) {
        int i = 0;
        int n = v.length();
        if (i < n && v.charAt(i) == '-') i++;
        int digits = 0;
        while (i < n && Character.isDigit(v.charAt(i))) { i++; digits++; }
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(v.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (v.charAt(i) == 'e' || v.charAt(i) == 'E')) {
            i++;
            if (i < n && (v.charAt(i) == '+' || v.charAt(i) == '-')) i++;
            int exponent = 0;
            while (i < n && Character.isDigit(v.charAt(i))) { i++; exponent++; }
            if (exponent == 0) return false;
        }
        return i == n;
    }

    /** ISO 8601 with {@code Z} or an offset ({@code 2026-10-01T00:00:00Z}); a space instead of the T is accepted. */
    static Instant dateTimeWithZone(String value) {
        try {
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The zone-less forms real exports write ({@code 2024-09-01 00:00:00}, {@code 2024-09-01T00:00:00}, a bare ISO
     * date), which FOCUS defines as UTC. Anything else ({@code 4/1/25}) is ambiguous and returns null.
     */
    static Instant dateTimeWithoutZone(String value) {
        try {
            return LocalDateTime.parse(value, NAIVE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try a bare date
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An ISO 4217 national currency code, e.g. USD. */
    static boolean isCurrency(String value) {
        if (value.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(value).getCurrencyCode().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
