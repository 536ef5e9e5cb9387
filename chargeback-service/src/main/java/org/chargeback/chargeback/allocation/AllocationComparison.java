package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.allocation.AllocationPreview.BusinessUnitChange;
import org.chargeback.chargeback.allocation.AllocationPreview.MovedCost;
import org.chargeback.chargeback.allocation.AllocationPreview.RuleRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Compares two allocations of the same cost groups: per business unit totals and the moves per group. Pure. */
final class AllocationComparison {

    /** Business unit code order, the unallocated rest (null) last. */
    static final Comparator<String> BUSINESS_UNIT_ORDER = Comparator.nullsLast(Comparator.naturalOrder());

    private AllocationComparison() {
    }

    /** Per business unit, before and after, every business unit of either side. */
    static List<BusinessUnitChange> businessUnits(List<AllocatedCost> before, List<AllocatedCost> after) {
        Map<String, BigDecimal[]> totals = new TreeMap<>(BUSINESS_UNIT_ORDER);
        for (AllocatedCost c : before) {
            totals.computeIfAbsent(c.businessUnit(), bu -> zeros())[0] =
                    totals.get(c.businessUnit())[0].add(c.billedCost());
        }
        for (AllocatedCost c : after) {
            totals.computeIfAbsent(c.businessUnit(), bu -> zeros())[1] =
                    totals.get(c.businessUnit())[1].add(c.billedCost());
        }
        List<BusinessUnitChange> changes = new ArrayList<>();
        totals.forEach((bu, t) -> changes.add(new BusinessUnitChange(bu, t[0], t[1])));
        return changes;
    }

    /**
     * The moves: per cost group, the billed cost that leaves a business unit (or the unallocated rest) for another,
     * largest absolute amount first. Within a group, losers pay winners in business unit order, so a group split
     * differently gives one move per (from, to) pair that actually changed.
     */
    static List<MovedCost> moves(List<AllocatedCost> before, List<AllocatedCost> after) {
        Map<CostGroup, List<AllocatedCost>> beforeByGroup = byGroup(before);
        Map<CostGroup, List<AllocatedCost>> afterByGroup = byGroup(after);
        List<MovedCost> moves = new ArrayList<>();
        for (CostGroup group : groupsInOrder(before)) {
            List<AllocatedCost> was = beforeByGroup.get(group);
            List<AllocatedCost> will = afterByGroup.getOrDefault(group, List.of());
            Map<String, BigDecimal> delta = new TreeMap<>(BUSINESS_UNIT_ORDER);
            will.forEach(c -> delta.merge(c.businessUnit(), c.billedCost(), BigDecimal::add));
            was.forEach(c -> delta.merge(c.businessUnit(), c.billedCost().negate(), BigDecimal::add));
            // Work in the group's own direction, so a credit moves as a (negative) credit from one to the other.
            int sign = group.billedCost().signum() < 0 ? -1 : 1;
            List<String> losers = new ArrayList<>();
            List<String> gainers = new ArrayList<>();
            Map<String, BigDecimal> left = new HashMap<>();
            delta.forEach((bu, d) -> {
                BigDecimal directed = sign < 0 ? d.negate() : d;
                if (directed.signum() < 0) {
                    losers.add(bu);
                    left.put(bu, directed.negate());
                } else if (directed.signum() > 0) {
                    gainers.add(bu);
                    left.put(bu, directed);
                }
            });
            RuleRef ruleBefore = ruleOf(was);
            RuleRef ruleAfter = ruleOf(will);
            int g = 0;
            for (String loser : losers) {
                while (left.get(loser).signum() > 0 && g < gainers.size()) {
                    String gainer = gainers.get(g);
                    BigDecimal amount = left.get(loser).min(left.get(gainer));
                    moves.add(new MovedCost(group.dimensions(), loser, gainer, sign < 0 ? amount.negate() : amount,
                            ruleBefore, ruleAfter));
                    left.put(loser, left.get(loser).subtract(amount));
                    left.put(gainer, left.get(gainer).subtract(amount));
                    if (left.get(gainer).signum() == 0) {
                        g++;
                    }
                }
            }
        }
        // Stable sort: equal amounts stay in the cost groups' order.
        moves.sort(Comparator.comparing((MovedCost m) -> m.billedCost().abs()).reversed());
        return moves;
    }

    private static Map<CostGroup, List<AllocatedCost>> byGroup(List<AllocatedCost> allocated) {
        // Identity: two groups may be equal as values (same dimensions and cost) and still be two groups.
        Map<CostGroup, List<AllocatedCost>> byGroup = new IdentityHashMap<>();
        for (AllocatedCost c : allocated) {
            byGroup.computeIfAbsent(c.source(), g -> new ArrayList<>()).add(c);
        }
        return byGroup;
    }

    private static List<CostGroup> groupsInOrder(List<AllocatedCost> allocated) {
        Map<CostGroup, Boolean> seen = new IdentityHashMap<>();
        List<CostGroup> groups = new ArrayList<>();
        for (AllocatedCost c : allocated) {
            if (seen.put(c.source(), Boolean.TRUE) == null) {
                groups.add(c.source());
            }
        }
        return groups;
    }

    private static RuleRef ruleOf(List<AllocatedCost> shares) {
        if (shares.isEmpty() || shares.get(0).ruleCode() == null) {
            return null;
        }
        return new RuleRef(shares.get(0).ruleCode(), shares.get(0).ruleVersion());
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO};
    }
}
