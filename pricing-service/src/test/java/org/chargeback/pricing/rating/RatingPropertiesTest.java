package org.chargeback.pricing.rating;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests (jqwik) of the tier math a finance person would check, over random tiers whose rates fall
 * with volume and random quantities, fractional ones included.
 */
class RatingPropertiesTest {

    @Property
    void tierLinesSumToTheTotal(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal quantity) {
        for (Rating rating : List.of(RatingCalculator.graduated(tiers, quantity), RatingCalculator.volume(tiers, quantity))) {
            assertThat(sum(rating)).isEqualByComparingTo(rating.amount());
            assertThat(rating.lines().stream().map(RatingLine::units).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo(quantity);
        }
    }

    @Property
    void ratesFallWithVolume(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal q1,
                             @ForAll("quantities") BigDecimal q2) {
        BigDecimal small = q1.min(q2);
        BigDecimal large = q1.max(q2);
        // The average price per unit never rises with volume: amount(small) x large >= amount(large) x small.
        for (boolean graduated : new boolean[]{true, false}) {
            BigDecimal aSmall = graduated ? RatingCalculator.graduated(tiers, small).amount()
                    : RatingCalculator.volume(tiers, small).amount();
            BigDecimal aLarge = graduated ? RatingCalculator.graduated(tiers, large).amount()
                    : RatingCalculator.volume(tiers, large).amount();
            assertThat(aSmall.multiply(large)).isGreaterThanOrEqualTo(aLarge.multiply(small));
        }
        // ... and each further graduated line has a rate no higher than the one before.
        List<RatingLine> lines = RatingCalculator.graduated(tiers, large).lines();
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).rate()).isLessThanOrEqualTo(lines.get(i - 1).rate());
        }
    }

    @Property
    void volumeNeverExceedsGraduated(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal quantity) {
        assertThat(RatingCalculator.volume(tiers, quantity).amount())
                .isLessThanOrEqualTo(RatingCalculator.graduated(tiers, quantity).amount());
    }

    @Property
    void graduatedQ1ThenQ2EqualsQ1PlusQ2InOneMonth(@ForAll("tiers") List<Tier> tiers,
                                                   @ForAll("quantities") BigDecimal q1,
                                                   @ForAll("quantities") BigDecimal q2) {
        BigDecimal first = RatingCalculator.graduated(tiers, q1).amount();
        BigDecimal second = RatingCalculator.graduated(tiers, q1, q2).amount();

        assertThat(first.add(second)).isEqualByComparingTo(RatingCalculator.graduated(tiers, q1.add(q2)).amount());
    }

    @Property
    void amountsAreNeverNegative(@ForAll("tiers") List<Tier> tiers, @ForAll("quantities") BigDecimal quantity,
                                 @ForAll("percents") BigDecimal discount, @ForAll("rates") BigDecimal minimum,
                                 @ForAll("sizes") BigDecimal packageSize) {
        List<Rating> ratings = List.of(RatingCalculator.graduated(tiers, quantity),
                RatingCalculator.volume(tiers, quantity),
                RatingCalculator.flat(quantity, tiers.get(0).unitRate()),
                RatingCalculator.pack(quantity, packageSize, tiers.get(0).unitRate()),
                RatingCalculator.minimum(RatingCalculator.discount(RatingCalculator.graduated(tiers, quantity),
                        discount), minimum));
        for (Rating rating : ratings) {
            assertThat(rating.amount().signum()).isGreaterThanOrEqualTo(0);
            assertThat(sum(rating)).isEqualByComparingTo(rating.amount());
        }
    }

    private static BigDecimal sum(Rating rating) {
        return rating.lines().stream().map(RatingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 1 to 5 tiers with increasing bounds and rates that never rise, the last one open. */
    @Provide
    Arbitrary<List<Tier>> tiers() {
        Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 50_000).list().ofMinSize(0).ofMaxSize(4);
        Arbitrary<List<BigDecimal>> rates = rates().list().ofSize(5);
        return Combinators.combine(widths, rates).as((w, r) -> {
            List<BigDecimal> falling = new ArrayList<>(r);
            falling.sort((a, b) -> b.compareTo(a));
            List<Tier> tiers = new ArrayList<>();
            long bound = 0;
            for (int i = 0; i < w.size(); i++) {
                bound += w.get(i);
                tiers.add(new Tier(BigDecimal.valueOf(bound), falling.get(i)));
            }
            tiers.add(new Tier(null, falling.get(w.size())));
            return tiers;
        });
    }

    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("300000")).ofScale(3);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2")).ofScale(6);
    }

    @Provide
    Arbitrary<BigDecimal> percents() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
    }

    @Provide
    Arbitrary<BigDecimal> sizes() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.5"), new BigDecimal("10000")).ofScale(1);
    }
}
