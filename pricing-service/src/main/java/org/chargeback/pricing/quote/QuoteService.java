package org.chargeback.pricing.quote;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.pricebook.PriceBookService;
import org.chargeback.pricing.pricebook.PriceVersion;
import org.chargeback.pricing.product.Product;
import org.chargeback.pricing.product.ProductService;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** Prices a quantity of a product at a point in time with the price book. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class QuoteService {

    private final ProductService products;
    private final PriceBookService priceBook;
    private final Clock clock;

    @Inject
    QuoteService(ProductService products, PriceBookService priceBook, Clock clock) {
        this.products = products;
        this.priceBook = priceBook;
        this.clock = clock;
    }

    /**
     * Quotes with the list price version in force at the query's point in time (now when absent): the latest
     * version whose effectiveFrom is on or before that instant's UTC date. The amount is not rounded.
     *
     * @throws ProblemException 404 {@code /problems/not-found} for an unknown product; 404
     *                          {@code /problems/no-price-in-force} when no version had started by then
     */
    public Quote quoteProduct(QuoteQuery query) {
        Instant at = query.at() != null ? query.at() : clock.instant();
        Product product = products.getProduct(query.product());
        LocalDate day = QuoteCalculator.pricingDay(at);
        // List prices only for now: per-business-unit overrides (price_version.business_unit) are a later issue.
        PriceVersion price = priceBook.findListPriceInForce(product.code(), day)
                .orElseThrow(() -> new ProblemException(404, "no-price-in-force", "No price in force",
                        "Product '" + product.code() + "' has no price in force at " + at + " (UTC date " + day
                                + "); its first price version starts later or it has none"));
        Quote quote = QuoteCalculator.quote(product, query.businessUnit(), query.quantity(), at, price);
        Log.debugf("Quoted %s %s for %s at %s with price version %s", quote.quantity().toPlainString(),
                product.code(), query.businessUnit(), at, price.id());
        return quote;
    }
}
