package org.chargeback.ingestion.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks one FOCUS file row by row and turns each valid row into a COPY text line. Pure: no I/O, no CDI.
 * Row numbers are as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 * <p>
 * Errors are what cannot be read or cannot be true (an unparseable number or date-time, a missing mandatory column or
 * required value, a start after its end, broken JSON, a currency that is not ISO 4217, a ChargeCategory the suite
 * cannot classify). Unambiguous deviations are normalised and reported as warnings: the literal NULL, a zone-less
 * date-time (read as UTC), enum casing, an unknown non-x_ column, a value outside an allowed set, a spec-non-nullable
 * column left empty, a Credit whose EffectiveCost differs from its BilledCost.
 */
final class CostRowParser {

    /** A valid row: its COPY line and what the importer tallies (totals per currency, rows per scope). */
    record ParsedRow(String copyLine, String billingAccountId, Instant billingPeriodStart, String currency,
                     BigDecimal billedCost, BigDecimal effectiveCost) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names FOCUS 0.5 used and 1.0 renamed (ChargeType became ChargeCategory, AmortizedCost EffectiveCost, ...). */
    private static final java.util.Set<String> FOCUS_05_ONLY = java.util.Set.of("ChargeType", "AmortizedCost",
            "InvoiceIssuer", "ResourceID", "UsageQuantity", "UsageUnit", "Region");

    // Billing files repeat the same few date-times and tag sets on millions of rows: remember what was already
    // checked (bounded, so memory stays flat whatever the file).
    private static final int CACHE_LIMIT = 50_000;

    private final String[] header;
    private final CostColumn[] columnAt;
    private final String focusVersion;
    private final Map<String, Instant> zonedDateTimes = new java.util.HashMap<>();
    private final Map<Instant, String> instantTexts = new java.util.HashMap<>();
    private final java.util.Set<String> validJsonObjects = new java.util.HashSet<>();

    private CostRowParser(String[] header, String focusVersion) {
        this.header = header;
        this.focusVersion = focusVersion;
        this.columnAt = new CostColumn[header.length];
        for (int i = 0; i < header.length; i++) {
            columnAt[i] = CostColumn.BY_FOCUS_NAME.get(header[i]);
        }
    }

    /** Reads the header; returns null (with errors recorded) when the file cannot be a FOCUS 1.x cost file. */
    static CostRowParser forHeader(String[] rawHeader, ImportFindings findings) {
        String[] header = new String[rawHeader.length];
        for (int i = 0; i < rawHeader.length; i++) {
            header[i] = rawHeader[i] == null ? "" : rawHeader[i].trim();
        }
        List<String> names = List.of(header);
        List<String> legacy = names.stream().filter(FOCUS_05_ONLY::contains).toList();
        if (!names.contains("ChargeCategory") && !legacy.isEmpty()) {
            findings.error(1, legacy.get(0), null, "the header uses FOCUS 0.5 column names (" + String.join(", ", legacy)
                    + "); only FOCUS 1.0 and later are supported");
            return null;
        }
        // Missing or repeated columns make the rows unreadable; an unknown column does not (rows are still checked).
        boolean unreadable = false;
        for (CostColumn column : CostColumn.values()) {
            if (column.mandatory && !names.contains(column.focusName)) {
                findings.error(1, column.focusName, null, "mandatory FOCUS column is missing from the header");
                unreadable = true;
            }
        }
        for (int i = 0; i < header.length; i++) {
            if (names.indexOf(header[i]) != i) {
                findings.error(1, header[i], null, "column appears more than once in the header");
                unreadable = true;
            } else if (!FocusSpec.COLUMNS.contains(header[i]) && !header[i].startsWith("x_")) {
                findings.deviation("unknown-column", "column is neither FOCUS nor x_-prefixed; kept as it is",
                        1, header[i], null);
            }
        }
        return unreadable ? null : new CostRowParser(header, detectVersion(names));
    }

    /** The newest FOCUS version whose added columns the header carries (1.0 when none of the later ones appear). */
    private static String detectVersion(List<String> names) {
        if (names.contains("ServiceProviderName") || names.contains("HostProviderName")) return "1.3";
        if (names.contains("InvoiceId") || names.contains("PricingCurrency") || names.contains("BillingAccountType")) return "1.2";
        if (names.contains("ServiceSubcategory") || names.contains("SkuPriceDetails") || names.contains("SkuMeter")) return "1.1";
        return "1.0";
    }

    String focusVersion() {
        return focusVersion;
    }

    /** Validates a row; returns it parsed, or null when it has errors (which are added to {@code findings}). */
    ParsedRow parse(String importId, long row, String[] fields, ImportFindings findings) {
        if (fields.length != header.length) {
            findings.error(row, null, null, "row has " + fields.length + " fields but the header has " + header.length);
            return null;
        }
        long errorsBefore = findings.errorCount();
        Map<CostColumn, String> typed = new EnumMap<>(CostColumn.class);
        Map<CostColumn, Object> parsed = new EnumMap<>(CostColumn.class);
        Map<String, String> extra = new LinkedHashMap<>();
        Map<String, String> custom = new LinkedHashMap<>(); // x_ columns: summaries can group and filter by them
        for (int i = 0; i < fields.length; i++) {
            String name = header[i];
            String value = normaliseNull(fields[i], row, name, findings);
            CostColumn column = columnAt[i];
            if (value == null) {
                if (column != null && column.required) {
                    findings.error(row, name, fields[i], "a value is required");
                } else if (FocusSpec.NON_NULLABLE.contains(name)) {
                    findings.deviation("missing-value", "FOCUS does not allow null in this column", row, name, null);
                }
                continue;
            }
            String stored = check(name, column, value, row, findings, parsed);
            if (stored == null) continue;
            if (column != null) typed.put(column, stored);
            else if (name.startsWith("x_")) custom.put(name, stored);
            else extra.put(name, stored);
        }
        checkPeriod(parsed, CostColumn.CHARGE_PERIOD_START, CostColumn.CHARGE_PERIOD_END, row, findings);
        checkPeriod(parsed, CostColumn.BILLING_PERIOD_START, CostColumn.BILLING_PERIOD_END, row, findings);
        BigDecimal billed = (BigDecimal) parsed.get(CostColumn.BILLED_COST);
        BigDecimal effective = (BigDecimal) parsed.get(CostColumn.EFFECTIVE_COST);
        if ("Credit".equals(typed.get(CostColumn.CHARGE_CATEGORY)) && billed != null && effective != null
                && billed.compareTo(effective) != 0) {
            findings.deviation("credit-effective-cost", "a Credit's EffectiveCost must equal its BilledCost",
                    row, "EffectiveCost", effective.toPlainString());
        }
        if (findings.errorCount() > errorsBefore) {
            return null;
        }
        StringBuilder line = new StringBuilder(512);
        line.append(importId).append('\t').append(row);
        for (CostColumn column : CostColumn.values()) {
            line.append('\t');
            CopyText.appendField(line, typed.get(column));
        }
        line.append('\t');
        CopyText.appendField(line, extra.isEmpty() ? null : writeJson(extra));
        line.append('\t');
        CopyText.appendField(line, custom.isEmpty() ? null : writeJson(custom));
        return new ParsedRow(line.toString(), typed.get(CostColumn.BILLING_ACCOUNT_ID),
                (Instant) parsed.get(CostColumn.BILLING_PERIOD_START), typed.get(CostColumn.BILLING_CURRENCY), billed, effective);
    }

    /** Empty is null; the literal NULL (what several providers write) is read as null and reported. */
    private static String normaliseNull(String value, long row, String column, ImportFindings findings) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.equals("NULL")) {
            findings.deviation("null-as-text", "null written as the text NULL; read as null", row, column, value);
            return null;
        }
        return value;
    }

    /** Returns the value to store, or null when it is an error (recorded). */
    private String check(String name, CostColumn column, String value, long row, ImportFindings findings,
                         Map<CostColumn, Object> parsed) {
        if (FocusSpec.DECIMALS.contains(name)) {
            String text = value.trim();
            if (!FocusValues.isDecimal(text)) {
                findings.error(row, name, value, "must be a decimal number (e.g. 12.5 or 1.5E-7)");
                return null;
            }
            boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
            if (column == CostColumn.BILLED_COST || column == CostColumn.EFFECTIVE_COST || exponent) {
                BigDecimal number = new BigDecimal(text); // tallied per import, or written out without the exponent
                if (column != null) parsed.put(column, number);
                return exponent ? number.toPlainString() : text;
            }
            return text; // already a plain decimal PostgreSQL reads exactly; no need to build a BigDecimal per cell
        }
        if (FocusSpec.JSON_OBJECTS.contains(name)) {
            if (validJsonObjects.contains(value)) {
                return value;
            }
            try {
                JsonNode node = JSON.readTree(value);
                if (node instanceof ObjectNode) {
                    if (validJsonObjects.size() < CACHE_LIMIT) validJsonObjects.add(value);
                    return value;
                }
                findings.error(row, name, value, "must be a JSON object");
            } catch (JsonProcessingException e) {
                findings.error(row, name, value, "is not valid JSON: " + e.getOriginalMessage());
            }
            return null;
        }
        if (column != null && column.kind == CostColumn.Kind.DATETIME) {
            Instant instant = zonedDateTimes.get(value);
            if (instant == null) {
                instant = FocusValues.dateTimeWithZone(value.trim());
                if (instant != null && zonedDateTimes.size() < CACHE_LIMIT) zonedDateTimes.put(value, instant);
            }
            if (instant == null) {
                instant = FocusValues.dateTimeWithoutZone(value.trim());
                if (instant == null) {
                    findings.error(row, name, value, "must be an ISO 8601 date-time (e.g. 2026-10-01T00:00:00Z)");
                    return null;
                }
                findings.deviation("zone-less-date-time", "date-time without a zone; read as UTC as FOCUS defines", row, name, value);
            }
            parsed.put(column, instant);
            String text = instantTexts.get(instant);
            if (text == null) {
                text = instant.toString();
                if (instantTexts.size() < CACHE_LIMIT) instantTexts.put(instant, text);
            }
            return text;
        }
        if (column == CostColumn.BILLING_CURRENCY && !FocusValues.isCurrency(value)) {
            findings.error(row, name, value, "must be an ISO 4217 currency code (e.g. USD)");
            return null;
        }
        Map<String, String> allowed = FocusSpec.ALLOWED.get(name);
        if (allowed != null) {
            return allowedValue(name, allowed, value, row, findings);
        }
        return value;
    }

    private static String allowedValue(String name, Map<String, String> allowed, String value, long row, ImportFindings findings) {
        String canonical = allowed.get(value.trim().toLowerCase(Locale.ROOT));
        if (canonical == null) {
            String rule = "must be one of " + String.join(", ", allowed.values().stream().sorted().toList());
            if (name.equals("ChargeCategory")) {
                // The suite classifies every cost by its ChargeCategory: an unknown one cannot be charged back.
                findings.error(row, name, value, rule);
                return null;
            }
            findings.deviation("not-allowed-value:" + name, rule + "; kept as it is", row, name, value);
            return value;
        }
        if (!canonical.equals(value)) {
            findings.deviation("enum-case:" + name, "value differs from the FOCUS spelling only in case or spaces; normalised to "
                    + canonical, row, name, value);
        }
        return canonical;
    }

    private static void checkPeriod(Map<CostColumn, Object> parsed, CostColumn startColumn, CostColumn endColumn,
                                    long row, ImportFindings findings) {
        Instant start = (Instant) parsed.get(startColumn);
        Instant end = (Instant) parsed.get(endColumn);
        if (start != null && end != null && !start.isBefore(end)) {
            findings.error(row, startColumn.focusName, start.toString(),
                    "must be before " + endColumn.focusName + " (" + end + ")");
        }
    }

    /** A flat JSON object of strings, written by hand: this runs twice per row, Jackson costs several times more. */
    static String writeJson(Map<String, String> values) {
        StringBuilder json = new StringBuilder(32 * values.size() + 2).append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!first) json.append(',');
            first = false;
            appendJsonString(json, e.getKey());
            json.append(':');
            appendJsonString(json, e.getValue());
        }
        return json.append('}').toString();
    }

    private static void appendJsonString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
        json.append('"');
    }

    static String copyColumnList() {
        StringBuilder columns = new StringBuilder("import_id, row_number");
        for (CostColumn column : CostColumn.values()) {
            columns.append(", ").append(column.dbColumn);
        }
        return columns.append(", extra_columns, x_columns").toString();
    }
}
