package org.chargeback.pricing.pricebook;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.audit.PriceChangeService;
import org.chargeback.pricing.frozen.FrozenPeriodService;
import org.chargeback.pricing.product.Product;
import org.chargeback.pricing.product.ProductService;
import org.chargeback.support.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The price book: versioned prices per product and scope. Prices are added as versions, never edited. */
@ApplicationScoped
@Transactional(REQUIRED)
public class PriceBookService {

    private final PriceBookRepository priceBook;
    private final ProductService products;
    private final FrozenPeriodService frozen;
    private final PriceChangeService audit;

    @Inject
    PriceBookService(PriceBookRepository priceBook, ProductService products, FrozenPeriodService frozen,
                     PriceChangeService audit) {
        this.priceBook = priceBook;
        this.products = products;
        this.frozen = frozen;
        this.audit = audit;
    }

    /**
     * Adds a price version to its scope (list price, or one business unit's override). It may start in the past or
     * the future. Without an explicit end it runs until the next version of the scope starts; a version already in
     * force then ends where the new one starts. Versions of one product are added one at a time (the product row is
     * locked), so the overlap and frozen-period checks cannot race.
     *
     * @throws ProblemException 404 unknown product; 409 {@code /problems/product-retired};
     *                          409 {@code /problems/price-overlap} naming the version in the way;
     *                          409 {@code /problems/period-frozen} naming the frozen months it would change
     */
    public PriceVersion addPriceVersion(NewPriceVersion version) {
        Product product = products.lockForPriceChange(version.productCode());
        String code = product.code();
        List<PriceVersion> scope = priceBook.listScope(code, version.businessUnit());
        PriceVersion inTheWay = findInTheWay(scope, version);
        if (inTheWay != null) {
            throw new ProblemException(409, "price-overlap", "Price versions overlap",
                    "Price version " + inTheWay.id() + " of product '" + code + "' (" + scopeName(version.businessUnit())
                            + ") is in force [" + inTheWay.effectiveFrom() + ", "
                            + (inTheWay.effectiveTo() == null ? "open" : inTheWay.effectiveTo()) + ") and overlaps ["
                            + version.effectiveFrom() + ", " + (version.effectiveUntil() == null ? "open"
                            : version.effectiveUntil()) + "); versions are never edited, so choose dates that do not "
                            + "overlap it")
                    .with("conflictingPriceVersionId", inTheWay.id().toString());
        }
        LocalDate end = effectiveEnd(scope, version);
        List<String> frozenMonths = frozen.frozenMonthsWithin(version.effectiveFrom(), end);
        if (!frozenMonths.isEmpty() && !version.retroactiveCorrection()) {
            throw new ProblemException(409, "period-frozen", "The price of an issued month would change",
                    "Product '" + code + "' would get a new price from " + version.effectiveFrom() + " to "
                            + (end == null ? "open end" : end) + ", inside month(s) " + String.join(", ", frozenMonths)
                            + " whose statements are issued; start it after them, or send retroactiveCorrection=true "
                            + "to correct them knowingly (recorded and announced for an adjustment)")
                    .with("frozenMonths", frozenMonths);
        }
        PriceVersion before = scope.stream().filter(v -> v.inForceOn(version.effectiveFrom())).findFirst()
                .orElse(null);
        UUID id = UUID.randomUUID();
        if (!priceBook.insertIfEffectiveFromFree(id, version)) {
            throw new IllegalStateException("Unique index refused price version of " + code + " on "
                    + version.effectiveFrom() + " although the product row was locked");
        }
        PriceVersion added = priceBook.findById(code, id)
                .orElseThrow(() -> new IllegalStateException("Price version " + id + " vanished after insert"));
        audit.record("price-version-added", code, id, before == null ? null : PriceView.from(before),
                PriceView.from(added), version.changedBy(), version.reason(), !frozenMonths.isEmpty(), frozenMonths);
        Log.infof("Added price version %s of %s (%s, %s) from %s by %s", added.id(), code,
                scopeName(added.businessUnit()), added.isDiscount() ? "discount" : added.model().json(),
                added.effectiveFrom(), added.changedBy());
        return added;
    }

    /**
     * Every version of the product, oldest first, each with its derived effectiveTo; with {@code day} only the
     * versions in force that day (the list price and any business unit overrides).
     *
     * @throws ProblemException 404 {@code /problems/not-found} for an unknown product
     */
    @Transactional(SUPPORTS)
    public List<PriceVersion> listPriceHistory(String productCode, LocalDate day) {
        products.getProduct(productCode);
        List<PriceVersion> history = priceBook.listHistory(productCode);
        return day == null ? history : history.stream().filter(v -> v.inForceOn(day)).toList();
    }

    /** The version of the scope ({@code null} = list price) in force on {@code day}, or empty. */
    @Transactional(SUPPORTS)
    public Optional<PriceVersion> findInForce(String productCode, String businessUnit, LocalDate day) {
        return priceBook.findEffectiveAt(productCode, businessUnit, day);
    }

    /** The version of the scope the new one would overlap, or null (see README "Prices are versions"). */
    static PriceVersion findInTheWay(List<PriceVersion> scope, NewPriceVersion version) {
        LocalDate from = version.effectiveFrom();
        LocalDate until = version.effectiveUntil();
        for (PriceVersion v : scope) {
            boolean sameStart = v.effectiveFrom().equals(from);
            // A version with an explicit end is a closed interval: nothing may start inside it.
            boolean startsInsideClosed = v.effectiveUntil() != null && v.effectiveFrom().isBefore(from)
                    && from.isBefore(v.effectiveUntil());
            // A new closed interval may not swallow the start of another version.
            boolean swallows = until != null && from.isBefore(v.effectiveFrom()) && v.effectiveFrom().isBefore(until);
            if (sameStart || startsInsideClosed || swallows) {
                return v;
            }
        }
        return null;
    }

    /** Where the new version stops being in force: its explicit end or the next version's start, the earlier. */
    static LocalDate effectiveEnd(List<PriceVersion> scope, NewPriceVersion version) {
        LocalDate next = scope.stream().map(PriceVersion::effectiveFrom)
                .filter(f -> f.isAfter(version.effectiveFrom())).min(LocalDate::compareTo).orElse(null);
        if (next == null) {
            return version.effectiveUntil();
        }
        return version.effectiveUntil() == null || next.isBefore(version.effectiveUntil()) ? next
                : version.effectiveUntil();
    }

    private static String scopeName(String businessUnit) {
        return Objects.requireNonNullElse(businessUnit == null ? null : "override for " + businessUnit, "list price");
    }
}
