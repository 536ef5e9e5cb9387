package org.chargeback.pricing.rating;

import java.math.BigDecimal;
import java.util.List;

/** The amount of a quantity under a price, and the lines it is made of (they sum to {@code amount}). Exact. */
public record Rating(BigDecimal amount, List<RatingLine> lines) {

    public Rating {
        lines = List.copyOf(lines);
    }

    static Rating of(List<RatingLine> lines) {
        return new Rating(lines.stream().map(RatingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add), lines);
    }
}
