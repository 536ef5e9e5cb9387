package org.chargeback.ingestion.shared;

import org.chargeback.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Parses a {@code groupBy=a,b,c} query parameter against the dimensions a summary allows. */
public final class GroupBy {

    private GroupBy() {
    }

    public static List<String> parse(String value, List<String> defaults, Map<String, String> allowed,
                                     Predicate<String> alsoAllowed) {
        if (value == null || value.isBlank()) {
            return defaults;
        }
        List<String> dimensions = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(value.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList()));
        for (String dimension : dimensions) {
            if (!allowed.containsKey(dimension) && !alsoAllowed.test(dimension)) {
                throw ProblemException.invalidField("groupBy", dimension,
                        "is not a known dimension; use one of " + String.join(", ", allowed.keySet().stream().sorted().toList())
                                + (alsoAllowed.test("tag:x") ? ", tag:<key>" : ""));
            }
        }
        return dimensions;
    }
}
