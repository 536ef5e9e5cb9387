package org.chargeback.ingestion.shared;

/** Encodes values for PostgreSQL COPY ... FROM STDIN in text format (tab separated, \N for null). */
public final class CopyText {

    private CopyText() {
    }

    public static void appendField(StringBuilder line, String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        if (plain(value)) {
            line.append(value); // one copy instead of a call per character
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private static boolean plain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') return false;
        }
        return true;
    }
}
