package org.chargeback.pricing.quote;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.costpool.CostPlus;
import org.chargeback.pricing.costpool.CostPoolService;
import org.chargeback.pricing.pricebook.PriceBookService;
import org.chargeback.pricing.pricebook.PriceVersion;
import org.chargeback.pricing.product.Product;
import org.chargeback.pricing.product.ProductService;
import org.chargeback.pricing.rating.Rating;
import org.chargeback.pricing.rating.RatingCalculator;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.chargeback.support.problem.ProblemError;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Prices a month's quantity of a product for a business unit. Precedence: a business unit's own version in force
 * wins over the list price; a discount override applies its percentage to the list price in force; otherwise the
 * list price applies.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class QuoteService {

    static final String PRECEDENCE = "A business unit's own price version in force wins over the list price; a "
            + "business unit's discount override applies its percentage to the list price in force; otherwise the "
            + "list price applies.";

    static final int MAX_BATCH = 10_000;

    private final ProductService products;
    private final PriceBookService priceBook;
    private final CostPoolService costPools;
    private final Clock clock;

    @Inject
    QuoteService(ProductService products, PriceBookService priceBook, CostPoolService costPools, Clock clock) {
        this.products = products;
        this.priceBook = priceBook;
        this.costPools = costPools;
        this.clock = clock;
    }

    /**
     * Quotes every item at its month's first day; an item without a price is UNPRICED with its problem. Malformed
     * items fail the whole batch (400 naming {@code items[i].field}) before anything is quoted.
     */
    public BatchQuoteResult quoteBatch(BatchQuoteRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        List<BatchQuoteRequest.Item> items = request == null ? null : request.items();
        if (items == null || items.isEmpty()) {
            throw ProblemException.invalidField("items", null, "must list at least one item");
        }
        if (items.size() > MAX_BATCH) {
            throw ProblemException.invalidField("items", Integer.toString(items.size()),
                    "must list at most " + MAX_BATCH + " items");
        }
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchQuoteRequest.Item item = items.get(i);
            String at = "items[" + i + "]";
            if (item == null) {
                errors.add(ProblemError.field(at, null, "must not be null"));
                months.add(null);
                continue;
            }
            if (item.businessUnit() == null || item.businessUnit().isBlank()) {
                errors.add(ProblemError.field(at + ".businessUnit", item.businessUnit(), "must not be blank"));
            }
            if (item.product() == null || item.product().isBlank()) {
                errors.add(ProblemError.field(at + ".product", item.product(), "must not be blank"));
            }
            if (item.quantity() == null || item.quantity().signum() <= 0) {
                errors.add(ProblemError.field(at + ".quantity",
                        item.quantity() == null ? null : item.quantity().toPlainString(), "must be greater than 0"));
            }
            YearMonth month = null;
            try {
                if (item.month() != null && item.month().matches("\\d{4}-\\d{2}")) {
                    month = YearMonth.parse(item.month());
                }
            } catch (DateTimeParseException e) {
                month = null;
            }
            if (month == null) {
                errors.add(ProblemError.field(at + ".month", item.month(), "must be a month YYYY-MM such as 2026-10"));
            }
            months.add(month);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " item field(s) are invalid; nothing was quoted", errors);
        }
        List<BatchQuoteResult.Result> results = new ArrayList<>(items.size());
        // A statement run quotes every business unit of a cost-plus product: ingestion is asked once per pool and month.
        CostPoolService.Reads ingestionReads = new CostPoolService.Reads();
        Lookups lookups = new BatchLookups();
        for (int i = 0; i < items.size(); i++) {
            BatchQuoteRequest.Item item = items.get(i);
            Instant at = months.get(i).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            try {
                Quote quote = quoteProduct(item.product().strip(), item.businessUnit().strip(), item.quantity(), at,
                        ingestionReads, lookups);
                results.add(new BatchQuoteResult.Result(i, "PRICED", quote, null));
            } catch (ProblemException e) {
                if (e.status() != 404 && e.status() != 422) {
                    throw e;
                }
                results.add(new BatchQuoteResult.Result(i, "UNPRICED", null, e.toProblem("/v1/quotes")));
            }
        }
        return new BatchQuoteResult(results);
    }

    /**
     * Quotes {@code quantity} (the business unit's quantity of the month) at {@code at} (now when null), with the
     * versions in force on at's UTC date. The amount is not rounded.
     *
     * @throws ProblemException 404 {@code /problems/not-found}, {@code /problems/product-retired} (at or after the
     *                          retirement) or {@code /problems/no-price-in-force}; 422/502 for cost-plus
     */
    public Quote quoteProduct(String productCode, String businessUnit, BigDecimal quantity, Instant requestedAt) {
        return quoteProduct(productCode, businessUnit, quantity, requestedAt, new CostPoolService.Reads(),
                new DirectLookups());
    }

    /** Where a quote finds its product and the versions in force. */
    private interface Lookups {
        Product product(String code);

        Optional<PriceVersion> inForce(String productCode, String businessUnit, LocalDate day);
    }

    /** One quote: ask the database. */
    private final class DirectLookups implements Lookups {
        @Override
        public Product product(String code) {
            return products.getProduct(code);
        }

        @Override
        public Optional<PriceVersion> inForce(String productCode, String businessUnit, LocalDate day) {
            return priceBook.findInForce(productCode, businessUnit, day);
        }
    }

    /**
     * A batch (a statement run: hundreds of business units x a few products): each product and its whole price
     * history are read once, and the version in force per business unit and day is picked from that history with the
     * same rule as the database query (in force that day, latest effectiveFrom of the scope), instead of three queries
     * per item.
     */
    private final class BatchLookups implements Lookups {
        private final java.util.Map<String, Product> productsByCode = new java.util.HashMap<>();
        private final java.util.Map<String, List<PriceVersion>> histories = new java.util.HashMap<>();

        @Override
        public Product product(String code) {
            Product product = productsByCode.get(code);
            if (product == null) {
                product = products.getProduct(code);
                productsByCode.put(code, product);
            }
            return product;
        }

        @Override
        public Optional<PriceVersion> inForce(String productCode, String businessUnit, LocalDate day) {
            List<PriceVersion> history = histories.get(productCode);
            if (history == null) {
                history = priceBook.listPriceHistory(productCode, null);
                histories.put(productCode, history);
            }
            PriceVersion found = null;
            for (PriceVersion version : history) {
                if (java.util.Objects.equals(version.businessUnit(), businessUnit) && version.inForceOn(day)
                        && (found == null || !version.effectiveFrom().isBefore(found.effectiveFrom()))) {
                    found = version;
                }
            }
            return Optional.ofNullable(found);
        }
    }

    private Quote quoteProduct(String productCode, String businessUnit, BigDecimal quantity, Instant requestedAt,
                               CostPoolService.Reads ingestionReads, Lookups lookups) {
        Instant at = requestedAt != null ? requestedAt : clock.instant();
        Product product = lookups.product(productCode);
        if (product.retiredAt() != null && !at.isBefore(product.retiredAt())) {
            throw new ProblemException(404, "product-retired", "Product is retired",
                    "Product '" + product.code() + "' was retired at " + product.retiredAt() + "; it has no price at "
                            + at + " (quotes before the retirement still answer)");
        }
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        Optional<PriceVersion> own = lookups.inForce(product.code(), businessUnit, day);
        Optional<PriceVersion> list = lookups.inForce(product.code(), null, day);
        PriceVersion priced;
        Quote.Override override = null;
        if (own.isPresent() && !own.get().isDiscount()) {
            priced = own.get();
            override = new Quote.Override("bu-version", priced.id(), null);
        } else {
            priced = list.orElseThrow(() -> new ProblemException(404, "no-price-in-force", "No price in force",
                    "Product '" + product.code() + "' has no list price in force at " + at + " (UTC date " + day
                            + ")"));
            if (own.isPresent()) {
                override = new Quote.Override("bu-discount", own.get().id(), own.get().discountPercent());
            }
        }
        CostPlus costPlus = null;
        Rating rating;
        BigDecimal unitRate = priced.unitRate();
        switch (priced.model()) {
            case FLAT -> rating = RatingCalculator.flat(quantity, priced.unitRate());
            case PACKAGE -> rating = RatingCalculator.pack(quantity, priced.packageSize(), priced.unitRate());
            case GRADUATED -> rating = RatingCalculator.graduated(priced.tiers(), quantity);
            case VOLUME -> rating = RatingCalculator.volume(priced.tiers(), quantity);
            case COST_PLUS -> {
                costPlus = costPools.costPlusRate(priced.costPool(), product.code(), YearMonth.from(day),
                        priced.markup(), priced.currency(), ingestionReads);
                unitRate = costPlus.unitRate();
                rating = RatingCalculator.flat(quantity, unitRate);
            }
            default -> throw new IllegalStateException("Unknown model " + priced.model());
        }
        if (override != null && override.discountPercent() != null) {
            rating = RatingCalculator.discount(rating, override.discountPercent());
        }
        rating = RatingCalculator.minimum(rating, priced.minimumMonthly());
        Log.debugf("Quoted %s %s for %s at %s with price version %s", quantity.toPlainString(), product.code(),
                businessUnit, at, priced.id());
        return new Quote(product.code(), businessUnit, quantity, product.unit(), priced.currency().getCurrencyCode(),
                rating.amount(), priced.id(), priced.model(), unitRate, override, priced.effectiveFrom(), at,
                rating.lines(), costPlus);
    }
}
