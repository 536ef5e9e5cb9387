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
import java.util.Map;
import java.util.Set;

/**
 * Checks one FOCUS file row by row and turns each valid row into a COPY text line. Pure: no I/O, no CDI.
 * Row numbers are as a spreadsheet shows them: the header is row 1, the first data row is row 2.
 */
final class CostRowParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NULL_MARKERS = Set.of("", "NULL");

    private final String[] header;
    private final CostColumn[] columnAt;
    private final Map<CostColumn, Integer> indexOf = new EnumMap<>(CostColumn.class);
    private final String focusVersion;

    private CostRowParser(String[] header, String focusVersion) {
        this.header = header;
        this.focusVersion = focusVersion;
        this.columnAt = new CostColumn[header.length];
        for (int i = 0; i < header.length; i++) {
            CostColumn column = CostColumn.BY_FOCUS_NAME.get(header[i]);
            if (column != null && !indexOf.containsKey(column)) {
                columnAt[i] = column;
                indexOf.put(column, i);
            }
        }
    }

    /** Reads the header; returns null (with errors recorded) when the file cannot be a FOCUS 1.x cost file. */
    static CostRowParser forHeader(String[] rawHeader, ImportErrors errors) {
        String[] header = new String[rawHeader.length];
        for (int i = 0; i < rawHeader.length; i++) {
            header[i] = rawHeader[i] == null ? "" : rawHeader[i].trim();
        }
        List<String> names = List.of(header);
        if (!names.contains("ChargeCategory") && names.contains("ChargeType") && names.contains("AmortizedCost")) {
            errors.add(1, "ChargeType", null,
                    "the header uses FOCUS 0.5 column names (ChargeType, AmortizedCost); only FOCUS 1.0 and later are supported");
            return null;
        }
        for (CostColumn column : CostColumn.values()) {
            if (column.mandatory && !names.contains(column.focusName)) {
                errors.add(1, column.focusName, null, "mandatory FOCUS column is missing from the header");
            }
        }
        for (int i = 0; i < header.length; i++) {
            if (names.indexOf(header[i]) != i) {
                errors.add(1, header[i], null, "column appears more than once in the header");
            }
        }
        return errors.any() ? null : new CostRowParser(header, detectVersion(names));
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
     * Validates a row and returns its COPY line (without the trailing newline), or null when the row has errors,
     * which are added to {@code errors}. The line starts with the import id and row number.
     */
    String toCopyLine(String importId, long row, String[] fields, ImportErrors errors) {
        if (fields.length != header.length) {
            errors.add(row, null, null, "row has " + fields.length + " fields but the header has " + header.length);
            return null;
        }
        long errorsBefore = errors.total();
        Map<CostColumn, String> values = new EnumMap<>(CostColumn.class);
        Map<CostColumn, Object> parsed = new EnumMap<>(CostColumn.class);
        Map<String, String> extra = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            String value = NULL_MARKERS.contains(fields[i]) ? null : fields[i];
            CostColumn column = columnAt[i];
            if (column == null) {
                if (value != null) extra.put(header[i], value);
                continue;
            }
            if (value == null) {
                if (column.required) errors.add(row, column.focusName, fields[i], "a value is required");
                continue;
            }
            String stored = check(column, value, row, errors, parsed);
            if (stored != null) values.put(column, stored);
        }
        checkPeriod(parsed, CostColumn.CHARGE_PERIOD_START, CostColumn.CHARGE_PERIOD_END, row, errors);
        checkPeriod(parsed, CostColumn.BILLING_PERIOD_START, CostColumn.BILLING_PERIOD_END, row, errors);
        if (errors.total() > errorsBefore) {
            return null;
        }
        StringBuilder line = new StringBuilder(512);
        line.append(importId).append('\t').append(row);
        for (CostColumn column : CostColumn.values()) {
            line.append('\t');
            CopyText.appendField(line, values.get(column));
        }
        line.append('\t');
        CopyText.appendField(line, extra.isEmpty() ? null : writeJson(extra));
        return line.toString();
    }

    private String check(CostColumn column, String value, long row, ImportErrors errors, Map<CostColumn, Object> parsed) {
        switch (column.kind) {
            case DECIMAL -> {
                BigDecimal number = FocusValues.decimal(value.trim());
                if (number == null) {
                    errors.add(row, column.focusName, value, "must be a decimal number (e.g. 12.5 or 1.5E-7)");
                    return null;
                }
                return number.toPlainString();
            }
            case DATETIME -> {
                Instant instant = FocusValues.dateTime(value.trim());
                if (instant == null) {
                    errors.add(row, column.focusName, value, "must be an ISO 8601 date-time (e.g. 2026-10-01T00:00:00Z)");
                    return null;
                }
                parsed.put(column, instant);
                return instant.toString();
            }
            case CURRENCY -> {
                if (!FocusValues.isCurrency(value)) {
                    errors.add(row, column.focusName, value, "must be an ISO 4217 currency code (e.g. USD)");
                    return null;
                }
                return value;
            }
            case CHARGE_CATEGORY -> {
                if (!CostColumn.CHARGE_CATEGORIES.contains(value)) {
                    errors.add(row, column.focusName, value, "must be one of Adjustment, Credit, Purchase, Tax, Usage");
                    return null;
                }
                return value;
            }
            case JSON_OBJECT -> {
                try {
                    JsonNode node = JSON.readTree(value);
                    if (node instanceof ObjectNode) {
                        return value;
                    }
                    errors.add(row, column.focusName, value, "must be a JSON object");
                } catch (JsonProcessingException e) {
                    errors.add(row, column.focusName, value, "is not valid JSON: " + e.getOriginalMessage());
                }
                return null;
            }
            default -> {
                return value;
            }
        }
    }

    private static void checkPeriod(Map<CostColumn, Object> parsed, CostColumn startColumn, CostColumn endColumn,
                                    long row, ImportErrors errors) {
        Instant start = (Instant) parsed.get(startColumn);
        Instant end = (Instant) parsed.get(endColumn);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(row, startColumn.focusName, start.toString(),
                    "must be before " + endColumn.focusName + " (" + end + ")");
        }
    }

    private static String writeJson(Map<String, String> extra) {
        try {
            return JSON.writeValueAsString(extra);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }

    static String copyColumnList() {
        StringBuilder columns = new StringBuilder("import_id, row_number");
        for (CostColumn column : CostColumn.values()) {
            columns.append(", ").append(column.dbColumn);
        }
        return columns.append(", extra_columns").toString();
    }
}
