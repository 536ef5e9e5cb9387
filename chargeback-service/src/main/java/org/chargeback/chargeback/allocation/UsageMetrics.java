package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.upstream.Quote;
import org.chargeback.chargeback.upstream.UsageSummary;

import java.math.BigDecimal;
import java.util.List;
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
        List<AllocationMetrics.Usage> usage = new java.util.ArrayList<>(groups.size());
        for (int i = 0; i < groups.size(); i++) {
            UsageSummary.Group group = groups.get(i);
            BigDecimal amount = quotes != null && quotes.get(i).isPresent() ? quotes.get(i).get().amount() : null;
            usage.add(new AllocationMetrics.Usage(group.businessUnit(), group.product(), group.quantity(), amount));
        }
        return AllocationMetrics.of(usage);
    }
}
