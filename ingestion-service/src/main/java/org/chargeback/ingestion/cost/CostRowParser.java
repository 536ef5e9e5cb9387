package org.chargeback.ingestion.cost;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chargeback.ingestion.shared.ValueCache;

import java.math.BigDecimal;
import java.time.Instant;
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

    /**
     * A valid row, filled in place (one instance per import, so a row costs no map or line of its own): each typed
     * column's canonical text by {@link CostColumn} ordinal, the date-times read, the two tallied costs, and the JSON
     * objects of the other columns (FOCUS ones and x_ ones).
     */
    static final class ParsedRow {
        long row;
        final String[] values = new String[CostColumn.values().length];
        final Instant[] instants = new Instant[CostColumn.values().length];
        BigDecimal billedCost;
        BigDecimal effectiveCost;
        String extraColumns;
        String xColumns;

        String value(CostColumn column) {
            return values[column.ordinal()];
        }

        Instant instant(CostColumn column) {
            return instants[column.ordinal()];
        }

        String billingAccountId() {
            return value(CostColumn.BILLING_ACCOUNT_ID);
        }

        Instant billingPeriodStart() {
            return instant(CostColumn.BILLING_PERIOD_START);
        }

        String currency() {
            return value(CostColumn.BILLING_CURRENCY);
        }

        private void clear() {
            java.util.Arrays.fill(values, null);
            java.util.Arrays.fill(instants, null);
            billedCost = null;
            effectiveCost = null;
            extraColumns = null;
            xColumns = null;
        }
    }

    /** How a column's values are checked, decided once from the header rather than looked up per cell. */
    private enum Check { DECIMAL, JSON_OBJECT, DATETIME, CURRENCY, ALLOWED, PLAIN }

    /** Where a column's value goes: a typed column, the x_ object or the object of other columns. */
    private record Rule(String name, CostColumn column, Check check, boolean nonNullable, Map<String, String> allowed,
                        ValueCache<String, String> canonical, boolean custom, boolean shared,
                        ValueCache<String, String> soleObjects) {
    }

    /** PostgreSQL's numeric takes up to 131072 digits before the point, its binary input 1000 groups of four. */
    private static final int MAX_DECIMAL_LENGTH = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Names FOCUS 0.5 used and 1.0 renamed (ChargeType became ChargeCategory, AmortizedCost EffectiveCost, ...). */
    private static final java.util.Set<String> FOCUS_05_ONLY = java.util.Set.of("ChargeType", "AmortizedCost",
            "InvoiceIssuer", "ResourceID", "UsageQuantity", "UsageUnit", "Region");

    // Billing files repeat the same few date-times and tag sets on millions of rows: remember what was already
    // checked (bounded, so memory stays flat whatever the file).
    private static final int CACHE_LIMIT = 50_000;
    /** Plain columns the daily rollup groups by (the others it groups by are checked against cached sets). */
    private static final java.util.Set<CostColumn> SHARED = java.util.EnumSet.of(CostColumn.BILLING_ACCOUNT_ID,
            CostColumn.SUB_ACCOUNT_ID, CostColumn.PROVIDER_NAME, CostColumn.PUBLISHER_NAME, CostColumn.SERVICE_NAME,
            CostColumn.SKU_ID, CostColumn.REGION_ID);

    private final String[] header;
    private final String focusVersion;
    private final Rule[] rules;
    private final ValueCache<String, String> validCurrencies = new ValueCache<>(CACHE_LIMIT);
    /** Values of the rollup's dimensions, one instance each: equal keys then compare by reference. */
    private final ValueCache<String, String> sharedValues = new ValueCache<>(CACHE_LIMIT);
    private final ValueCache<String, Instant> zonedDateTimes = new ValueCache<>(CACHE_LIMIT);
    private final ValueCache<Instant, String> instantTexts = new ValueCache<>(CACHE_LIMIT);
    private final ValueCache<String, String> validJsonObjects = new ValueCache<>(CACHE_LIMIT);

    private CostRowParser(String[] header, String focusVersion) {
        this.header = header;
        this.focusVersion = focusVersion;
        this.rules = new Rule[header.length];
        for (int i = 0; i < header.length; i++) {
            String name = header[i];
            CostColumn column = CostColumn.BY_FOCUS_NAME.get(name);
            Check check = FocusSpec.DECIMALS.contains(name) ? Check.DECIMAL
                    : FocusSpec.JSON_OBJECTS.contains(name) ? Check.JSON_OBJECT
                    : column != null && column.kind == CostColumn.Kind.DATETIME ? Check.DATETIME
                    : column == CostColumn.BILLING_CURRENCY ? Check.CURRENCY
                    : FocusSpec.ALLOWED.containsKey(name) ? Check.ALLOWED : Check.PLAIN;
            Map<String, String> allowed = FocusSpec.ALLOWED.get(name);
            rules[i] = new Rule(name, column, check, FocusSpec.NON_NULLABLE.contains(name), allowed,
                    allowed == null ? null : canonicalSpellings(allowed),
                    column == null && name.startsWith("x_"), column != null && SHARED.contains(column),
                    column == null && name.startsWith("x_") ? new ValueCache<>(CACHE_LIMIT) : null);
        }
    }

    /** The FOCUS spellings of an allowed set, each found as itself (a ValueCache: ServiceSubcategory has ~70). */
    private static ValueCache<String, String> canonicalSpellings(Map<String, String> allowed) {
        ValueCache<String, String> spellings = new ValueCache<>(allowed.size());
        allowed.values().forEach(value -> spellings.put(value, value));
        return spellings;
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

    /**
     * Validates a row into {@code out}; returns false when it has errors (which are added to {@code findings}), and
     * then {@code out} holds nothing usable.
     */
    boolean parse(long row, String[] fields, ImportFindings findings, ParsedRow out) {
        if (fields.length != header.length) {
            findings.error(row, null, null, "row has " + fields.length + " fields but the header has " + header.length);
            return false;
        }
        out.clear();
        out.row = row;
        long errorsBefore = findings.errorCount();
        StringBuilder extra = null;
        StringBuilder custom = null; // x_ columns: summaries can group and filter by them
        Rule soleCustom = null; // while a row has one x_ value: its object comes from that column's cache
        String soleValue = null;
        for (int i = 0; i < fields.length; i++) {
            Rule rule = rules[i];
            String value = normaliseNull(fields[i], row, rule.name, findings);
            if (value == null) {
                if (rule.column != null && rule.column.required) {
                    findings.error(row, rule.name, fields[i], "a value is required");
                } else if (rule.nonNullable) {
                    findings.deviation("missing-value", "FOCUS does not allow null in this column", row, rule.name, null);
                }
                continue;
            }
            String stored = check(rule, value, row, findings, out);
            if (stored == null) continue;
            if (rule.column != null) {
                out.values[rule.column.ordinal()] = stored;
            } else if (rule.custom) {
                if (soleCustom == null && custom == null) {
                    soleCustom = rule;
                    soleValue = stored;
                } else {
                    if (soleCustom != null) {
                        custom = appendMember(null, soleCustom.name, soleValue);
                        soleCustom = null;
                    }
                    custom = appendMember(custom, rule.name, stored);
                }
            } else {
                extra = appendMember(extra, rule.name, stored);
            }
        }
        checkPeriod(out, CostColumn.CHARGE_PERIOD_START, CostColumn.CHARGE_PERIOD_END, row, findings);
        checkPeriod(out, CostColumn.BILLING_PERIOD_START, CostColumn.BILLING_PERIOD_END, row, findings);
        BigDecimal billed = out.billedCost;
        BigDecimal effective = out.effectiveCost;
        if ("Credit".equals(out.value(CostColumn.CHARGE_CATEGORY)) && billed != null && effective != null
                && billed.compareTo(effective) != 0) {
            findings.deviation("credit-effective-cost", "a Credit's EffectiveCost must equal its BilledCost",
                    row, "EffectiveCost", effective.toPlainString());
        }
        if (findings.errorCount() > errorsBefore) {
            return false;
        }
        out.extraColumns = extra == null ? null : extra.append('}').toString();
        out.xColumns = soleCustom != null ? soleObject(soleCustom, soleValue)
                : custom == null ? null : shared(custom.append('}').toString());
        return true;
    }

    /**
     * The x_ object of a row whose only x_ value is {@code value} (the usual file has one x_ column, e.g. a cost
     * center): made once per distinct value, the same instance every time, as {@link #shared} answers.
     */
    private String soleObject(Rule rule, String value) {
        String object = rule.soleObjects.get(value);
        if (object == null) {
            object = shared(appendMember(null, rule.name, value).append('}').toString());
            rule.soleObjects.put(value, object);
        }
        return object;
    }

    private String shared(String value) {
        String known = sharedValues.get(value);
        if (known != null) return known;
        sharedValues.put(value, value);
        return value;
    }

    /** Adds {@code "name":"value"} to a JSON object being written (opened on its first member). */
    private static StringBuilder appendMember(StringBuilder json, String name, String value) {
        if (json == null) {
            json = new StringBuilder(128).append('{');
        } else {
            json.append(',');
        }
        appendJsonString(json, name);
        json.append(':');
        appendJsonString(json, value);
        return json;
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
    private String check(Rule rule, String value, long row, ImportFindings findings, ParsedRow out) {
        String name = rule.name;
        CostColumn column = rule.column;
        switch (rule.check) {
            case DECIMAL -> {
                String text = value.trim();
                if (!FocusValues.isDecimal(text)) {
                    findings.error(row, name, value, "must be a decimal number (e.g. 12.5 or 1.5E-7)");
                    return null;
                }
                boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
                if (column == CostColumn.BILLED_COST || column == CostColumn.EFFECTIVE_COST || exponent) {
                    // tallied per import, or written out without the exponent
                    BigDecimal number = exponent ? new BigDecimal(text) : FocusValues.plainDecimal(text);
                    if (column == CostColumn.BILLED_COST) out.billedCost = number;
                    else if (column == CostColumn.EFFECTIVE_COST) out.effectiveCost = number;
                    text = exponent ? number.toPlainString() : text;
                }
                if (text.length() > MAX_DECIMAL_LENGTH) {
                    findings.error(row, name, value, "must have at most " + MAX_DECIMAL_LENGTH + " digits");
                    return null;
                }
                return text; // a plain decimal: stored exactly, as written
            }
            case JSON_OBJECT -> {
                String valid = validJsonObjects.get(value);
                if (valid != null) {
                    return valid;
                }
                try {
                    JsonNode node = JSON.readTree(value);
                    if (node instanceof ObjectNode) {
                        validJsonObjects.put(value, value);
                        return value;
                    }
                    findings.error(row, name, value, "must be a JSON object");
                } catch (JsonProcessingException e) {
                    findings.error(row, name, value, "is not valid JSON: " + e.getOriginalMessage());
                }
                return null;
            }
            case DATETIME -> {
                Instant instant = zonedDateTimes.get(value);
                if (instant == null) {
                    instant = FocusValues.dateTimeWithZone(value.trim());
                    if (instant != null) zonedDateTimes.put(value, instant);
                }
                if (instant == null) {
                    instant = FocusValues.dateTimeWithoutZone(value.trim());
                    if (instant == null) {
                        findings.error(row, name, value, "must be an ISO 8601 date-time (e.g. 2026-10-01T00:00:00Z)");
                        return null;
                    }
                    findings.deviation("zone-less-date-time", "date-time without a zone; read as UTC as FOCUS defines", row, name, value);
                }
                out.instants[column.ordinal()] = instant;
                String text = instantTexts.get(instant);
                if (text == null) {
                    text = instant.toString();
                    instantTexts.put(instant, text);
                }
                return text;
            }
            case CURRENCY -> {
                String valid = validCurrencies.get(value);
                if (valid != null) {
                    return valid;
                }
                if (!FocusValues.isCurrency(value)) {
                    findings.error(row, name, value, "must be an ISO 4217 currency code (e.g. USD)");
                    return null;
                }
                validCurrencies.put(value, value);
                return value;
            }
            case ALLOWED -> {
                String canonical = rule.canonical.get(value);
                if (canonical != null) {
                    return canonical; // already the FOCUS spelling, the common case
                }
                return allowedValue(name, rule.allowed, value, row, findings);
            }
            default -> {
                return rule.shared ? shared(value) : value;
            }
        }
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

    private static void checkPeriod(ParsedRow parsed, CostColumn startColumn, CostColumn endColumn,
                                    long row, ImportFindings findings) {
        Instant start = parsed.instant(startColumn);
        Instant end = parsed.instant(endColumn);
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
        if (!needsJsonEscape(value)) {
            json.append(value).append('"'); // one copy instead of a call per character
            return;
        }
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

    private static boolean needsJsonEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return true;
        }
        return false;
    }
}
