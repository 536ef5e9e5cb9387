package org.chargeback.pricing.rating;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The price math of every model. Pure (no CDI, no I/O) and exact: amounts are never rounded here, because the
 * statement line in chargeback-service rounds once to the currency's minor unit. The one division (cost-plus) keeps
 * 34 significant digits ({@link MathContext#DECIMAL128}).
 */
public final class RatingCalculator {

    /** Precision of the cost-plus division (pool cost / units): 34 significant digits, far below a cent. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private RatingCalculator() {
    }

    /** quantity x unitRate. */
    public static Rating flat(BigDecimal quantity, BigDecimal unitRate) {
        requireQuantity(quantity);
        return Rating.of(List.of(RatingLine.tier(BigDecimal.ZERO, null, quantity, unitRate,
                quantity.multiply(unitRate))));
    }

    /**
     * unitRate per started package: 2,001 units at 5.00 per 1,000 are 3 packages = 15.00 (rounded UP: a started
     * package is a whole package, as a box of 1,000 is bought whole).
     */
    public static Rating pack(BigDecimal quantity, BigDecimal packageSize, BigDecimal unitRate) {
        requireQuantity(quantity);
        if (packageSize.signum() <= 0) {
            throw new IllegalArgumentException("packageSize must be greater than 0");
        }
        BigDecimal packages = quantity.divide(packageSize, 0, RoundingMode.CEILING);
        return Rating.of(List.of(new RatingLine("tier", BigDecimal.ZERO, null, quantity, unitRate,
                packages.multiply(unitRate), packages)));
    }

    /** Each tier's units at that tier's rate, counting the month from its first unit. */
    public static Rating graduated(List<Tier> tiers, BigDecimal quantity) {
        return graduated(tiers, BigDecimal.ZERO, quantity);
    }

    /**
     * The graduated price of {@code quantity} more units when {@code alreadyInMonth} units of the month were
     * priced before: quoting q1, then q2 with alreadyInMonth = q1, costs exactly what q1 + q2 at once costs.
     */
    public static Rating graduated(List<Tier> tiers, BigDecimal alreadyInMonth, BigDecimal quantity) {
        requireQuantity(quantity);
        requireTiers(tiers);
        BigDecimal start = alreadyInMonth;
        BigDecimal end = alreadyInMonth.add(quantity);
        List<RatingLine> lines = new ArrayList<>();
        BigDecimal tierFrom = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            BigDecimal tierTo = tier.upTo();
            BigDecimal low = start.max(tierFrom);
            BigDecimal high = tierTo == null ? end : end.min(tierTo);
            if (high.compareTo(low) > 0) {
                BigDecimal units = high.subtract(low);
                lines.add(RatingLine.tier(tierFrom, tierTo, units, tier.unitRate(), units.multiply(tier.unitRate())));
            }
            if (tierTo == null || tierTo.compareTo(end) >= 0) {
                break;
            }
            tierFrom = tierTo;
        }
        return Rating.of(lines);
    }

    /** All units at the rate of the tier the quantity reaches (upTo is inclusive: exactly 100,000 is tier 1). */
    public static Rating volume(List<Tier> tiers, BigDecimal quantity) {
        requireQuantity(quantity);
        requireTiers(tiers);
        BigDecimal tierFrom = BigDecimal.ZERO;
        for (Tier tier : tiers) {
            if (tier.upTo() == null || quantity.compareTo(tier.upTo()) <= 0) {
                return Rating.of(List.of(RatingLine.tier(tierFrom, tier.upTo(), quantity, tier.unitRate(),
                        quantity.multiply(tier.unitRate()))));
            }
            tierFrom = tier.upTo();
        }
        throw new IllegalArgumentException("the last tier must have no upper bound (upTo null)");
    }

    /** The unit rate of a cost-plus price: the pool's cost per unit of the month, plus the markup on it. */
    public static CostPlusRate costPlusRate(BigDecimal poolCost, BigDecimal monthUnits, BigDecimal markup) {
        if (monthUnits.signum() <= 0) {
            throw new IllegalArgumentException("the month has no units to share the pool's cost");
        }
        BigDecimal costPerUnit = poolCost.divide(monthUnits, DIVISION);
        BigDecimal markupPerUnit = costPerUnit.multiply(markup);
        return new CostPlusRate(poolCost, monthUnits, costPerUnit, markup, markupPerUnit,
                costPerUnit.add(markupPerUnit));
    }

    /** Adds a (negative) discount line of {@code percent} % of the rating so far. */
    public static Rating discount(Rating rating, BigDecimal percent) {
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("discountPercent must be between 0 and 100");
        }
        if (percent.signum() == 0) {
            return rating;
        }
        BigDecimal off = rating.amount().multiply(percent).movePointLeft(2).negate();
        List<RatingLine> lines = new ArrayList<>(rating.lines());
        lines.add(new RatingLine("discount", null, null, null, percent, off, null));
        return Rating.of(lines);
    }

    /** Adds the top-up to {@code minimumMonthly} when the rating is below it: the business unit pays at least that. */
    public static Rating minimum(Rating rating, BigDecimal minimumMonthly) {
        if (minimumMonthly == null || rating.amount().compareTo(minimumMonthly) >= 0) {
            return rating;
        }
        List<RatingLine> lines = new ArrayList<>(rating.lines());
        lines.add(new RatingLine("minimum", null, null, null, null, minimumMonthly.subtract(rating.amount()), null));
        return Rating.of(lines);
    }

    private static void requireQuantity(BigDecimal quantity) {
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("quantity must be greater than 0, was " + quantity.toPlainString());
        }
    }

    private static void requireTiers(List<Tier> tiers) {
        if (tiers == null || tiers.isEmpty() || tiers.get(tiers.size() - 1).upTo() != null) {
            throw new IllegalArgumentException("tiers must end with a tier without upper bound (upTo null)");
        }
    }

    /** The two parts of a cost-plus unit rate, shown on the quote. */
    public record CostPlusRate(BigDecimal poolCost, BigDecimal monthUnits, BigDecimal costPerUnit, BigDecimal markup,
                               BigDecimal markupPerUnit, BigDecimal unitRate) {
    }
}
