package org.chargeback.chargeback.allocation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * What a rule change would move in a month, exact (the view adds the rounded figures).
 *
 * @param businessUnits  per business unit (null = unallocated, last) its billed cost before and after, by code
 * @param movedCosts     the moves, largest amount first, at most the limit asked for
 * @param movedCostCount how many moves there are in all
 */
public record AllocationPreview(YearMonth month, Currency currency, List<RuleRef> rulesBefore,
                                List<RuleRef> rulesAfter, List<BusinessUnitChange> businessUnits,
                                List<MovedCost> movedCosts, int movedCostCount) {

    /** A rule version. */
    public record RuleRef(String code, int version) {

        static RuleRef of(AllocationRule rule) {
            return new RuleRef(rule.code(), rule.version());
        }
    }

    public record BusinessUnitChange(String businessUnit, BigDecimal before, BigDecimal after) {

        public BigDecimal delta() {
            return after.subtract(before);
        }
    }

    /**
     * Part of one cost group's billed cost that changes business unit ({@code null} = unallocated). For a credit
     * (negative group) {@code billedCost} is negative: the credit moves.
     */
    public record MovedCost(Map<String, String> dimensions, String fromBusinessUnit, String toBusinessUnit,
                            BigDecimal billedCost, RuleRef ruleBefore, RuleRef ruleAfter) {
    }
}
