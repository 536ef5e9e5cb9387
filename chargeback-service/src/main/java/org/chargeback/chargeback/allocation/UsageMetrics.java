package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UsageSummary;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link AllocationMetrics} from ingestion's usage summary (business unit x product) and its quotes. Pure. */
public final class UsageMetrics {

    private UsageMetrics() {
    }

    /**
     * @param groups the usage groups, business unit and product set
     * @param quotes one per group, in order (empty = unrated: units count, amount does not); null = not priced, the
     *               chargeback amounts stay empty
     */
    public static AllocationMetrics of(List<UsageSummary.Group> groups, List<Optional<Quote>> quotes) {
        Map<String, BigDecimal> units = new HashMap<>();
        Map<String, Map<String, BigDecimal>> unitsByProduct = new HashMap<>();
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            UsageSummary.Group group = groups.get(i);
            String businessUnit = group.businessUnit();
            units.merge(businessUnit, group.quantity(), BigDecimal::add);
            unitsByProduct.computeIfAbsent(businessUnit, bu -> new HashMap<>())
                    .merge(group.product(), group.quantity(), BigDecimal::add);
            if (quotes != null && quotes.get(i).isPresent()) {
                amounts.merge(businessUnit, quotes.get(i).get().amount(), BigDecimal::add);
            }
        }
        return new AllocationMetrics(units, unitsByProduct, amounts);
    }
}
