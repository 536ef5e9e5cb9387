package org.chargeback.pricing.pricebook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.product.ProductService;
import org.chargeback.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The price book: versioned unit prices per product. Prices are added as versions, never edited. */
@ApplicationScoped
@Transactional(REQUIRED)
public class PriceBookService {

    private final PriceBookRepository priceBook;
    private final ProductService products;

    @Inject
    PriceBookService(PriceBookRepository priceBook, ProductService products) {
        this.priceBook = priceBook;
        this.products = products;
    }

    /**
     * Adds a list price version. It may start in the past or the future; it ends where the next version starts.
     *
     * @throws ProblemException 404 {@code /problems/not-found} for an unknown product; 409
     *                          {@code /problems/price-overlap} naming the version that already starts that day
     */
    public PriceVersion addPriceVersion(NewPriceVersion version) {
        String productCode = products.getProduct(version.productCode()).code();
        UUID id = UUID.randomUUID();
        if (!priceBook.insertListPriceIfEffectiveFromFree(id, version)) {
            PriceVersion inTheWay = priceBook.findListPriceStartingOn(productCode, version.effectiveFrom())
                    .orElseThrow(() -> new IllegalStateException("Unique index refused price version of "
                            + productCode + " on " + version.effectiveFrom() + " but no version starts that day"));
            throw new ProblemException(409, "price-overlap", "Price versions overlap",
                    "Price version " + inTheWay.id() + " of product '" + productCode + "' already takes effect on "
                            + inTheWay.effectiveFrom() + " (" + inTheWay.unitPrice().toPlainString() + " "
                            + inTheWay.currency().getCurrencyCode() + "); versions are never edited, so add the new "
                            + "price with another effectiveFrom")
                    .with("conflictingPriceId", inTheWay.id().toString());
        }
        PriceVersion added = priceBook.findById(productCode, id)
                .orElseThrow(() -> new IllegalStateException("Price version " + id + " vanished after insert"));
        Log.infof("Added price version %s of %s: %s %s from %s", added.id(), productCode,
                added.unitPrice().toPlainString(), added.currency(), added.effectiveFrom());
        return added;
    }

    /**
     * Every version of the product, oldest first, each with its derived effectiveTo.
     *
     * @throws ProblemException 404 {@code /problems/not-found} for an unknown product
     */
    @Transactional(SUPPORTS)
    public List<PriceVersion> listPriceHistory(String productCode) {
        products.getProduct(productCode);
        return priceBook.listHistory(productCode);
    }

    /** The list price version in force on {@code day} (a UTC date), or empty when none had started by then. */
    @Transactional(SUPPORTS)
    public Optional<PriceVersion> findListPriceInForce(String productCode, LocalDate day) {
        return priceBook.findListPriceEffectiveAt(productCode, day);
    }
}
