package org.chargeback.chargeback.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds all showback amounts of one statement run so that their rounded sum equals the HALF_EVEN-rounded sum of the
 * exact amounts: the business units' statements plus the unallocated rest reconcile to the provider total to the cent.
 *
 * <p>THE ROUNDING RULE. Amounts are rounded once, at the statement line, to the currency's minor unit
 * ({@code Currency.getDefaultFractionDigits()}). Rounding each showback line on its own would let the cents drift
 * (three lines of 0.005 round to 0.00 each, but their total 0.015 rounds to 0.02), so showback uses the
 * largest-remainder method over all lines of the run:
 * <ol>
 *   <li>every exact amount is rounded DOWN to the minor unit with {@link RoundingMode#FLOOR}, i.e. toward negative
 *       infinity, so that every remainder is in [0, 1 minor unit) also for negative amounts (credits):
 *       -0.004 becomes -0.01 with a remainder of 0.006;</li>
 *   <li>the target is the HALF_EVEN-rounded sum of the exact amounts; the minor units missing between the sum of the
 *       floors and the target (always between 0 and the number of lines with a remainder) are given one each to the
 *       lines with the largest remainders;</li>
 *   <li>equal remainders are broken by the order the caller passes the lines in (the earlier line wins). A statement
 *       run passes them ordered by business unit code, then service category, with the unallocated lines last.</li>
 * </ol>
 * Pure and deterministic: no CDI, no I/O, the same input always gives the same cents.
 */
public final class ShowbackRounding {

    private ShowbackRounding() {
    }

    /**
     * Rounds {@code exactAmounts} to {@code minorUnitDigits} decimals by the largest-remainder method.
     *
     * @return the rounded amounts, in the order given, each with scale {@code minorUnitDigits}; their sum equals
     *         {@code sum(exactAmounts)} rounded HALF_EVEN to {@code minorUnitDigits}
     */
    public static List<BigDecimal> allocateCents(List<BigDecimal> exactAmounts, int minorUnitDigits) {
        if (minorUnitDigits < 0) {
            throw new IllegalArgumentException("minorUnitDigits must be >= 0, was " + minorUnitDigits);
        }
        BigDecimal minorUnit = BigDecimal.ONE.movePointLeft(minorUnitDigits);
        List<BigDecimal> rounded = new ArrayList<>(exactAmounts.size());
        List<BigDecimal> remainders = new ArrayList<>(exactAmounts.size());
        BigDecimal exactSum = BigDecimal.ZERO;
        BigDecimal floorSum = BigDecimal.ZERO;
        for (BigDecimal exact : exactAmounts) {
            BigDecimal floor = exact.setScale(minorUnitDigits, RoundingMode.FLOOR);
            rounded.add(floor);
            remainders.add(exact.subtract(floor));
            exactSum = exactSum.add(exact);
            floorSum = floorSum.add(floor);
        }
        BigDecimal target = exactSum.setScale(minorUnitDigits, RoundingMode.HALF_EVEN);
        // Exact: target and floorSum are both whole multiples of the minor unit.
        int missingUnits = target.subtract(floorSum).divide(minorUnit, 0, RoundingMode.UNNECESSARY).intValueExact();

        // Largest remainder first; on a tie the earlier line (stable order of indexes) gets the unit.
        List<Integer> byRemainder = IntStream.range(0, exactAmounts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < missingUnits; k++) {
            int line = byRemainder.get(k);
            rounded.set(line, rounded.get(line).add(minorUnit));
        }
        return List.copyOf(rounded);
    }
}
