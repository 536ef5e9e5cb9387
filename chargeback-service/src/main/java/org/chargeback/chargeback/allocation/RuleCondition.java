package org.chargeback.chargeback.allocation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One condition of a rule: the cost's value of {@code dimension} equals {@code value} exactly (case and spaces
 * count). {@code value} null matches costs without the dimension (no such tag, empty column).
 */
public record RuleCondition(String dimension, @JsonProperty("equals") String value) {

    /** The FOCUS columns a rule can match, by ingestion's summary dimension name. */
    public static final Set<String> COLUMNS = Set.of("billingAccountId", "subAccountId", "serviceName",
            "serviceCategory", "chargeCategory", "publisherName", "skuId");

    // A tag key or x_ column travels in ingestion's comma-separated groupBy: no commas, no surrounding spaces.
    private static final Pattern TAG = Pattern.compile("tag:[^,\\s](?:[^,]{0,126}[^,\\s])?");
    private static final Pattern EXTRA_COLUMN = Pattern.compile("x_[A-Za-z0-9_]{1,62}");

    public static final String DIMENSION_MESSAGE = "must be billingAccountId, subAccountId, serviceName, "
            + "serviceCategory, chargeCategory, publisherName, skuId, tag:<key> or x_<column>";

    public static boolean isDimension(String dimension) {
        return dimension != null && (COLUMNS.contains(dimension) || TAG.matcher(dimension).matches()
                || EXTRA_COLUMN.matcher(dimension).matches());
    }

    public boolean matches(CostGroup group) {
        String actual = group.dimension(dimension);
        boolean absent = actual == null || actual.isEmpty();
        return value == null ? absent : value.equals(actual);
    }
}
