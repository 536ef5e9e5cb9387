package org.chargeback.pricing.product;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.pricing.audit.PriceChangeService;
import org.chargeback.support.problem.ProblemException;

import java.util.List;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The products business units can be charged for. Other capabilities reach products only through here. */
@ApplicationScoped
@Transactional(REQUIRED)
public class ProductService {

    private final ProductRepository products;
    private final PriceChangeService audit;

    @Inject
    ProductService(ProductRepository products, PriceChangeService audit) {
        this.products = products;
        this.audit = audit;
    }

    /**
     * Registers a product, ACTIVE from now on.
     *
     * @throws ProblemException 409 {@code /problems/product-exists} when the code is taken (also under a race)
     */
    public Product registerProduct(NewProduct product) {
        Product registered = products.insertIfCodeFree(product, ProductStatus.ACTIVE)
                .orElseThrow(() -> new ProblemException(409, "product-exists", "Product exists",
                        "Product '" + product.code() + "' already exists; a product code is registered once"));
        audit.record("product-registered", registered.code(), null, null, ProductView.from(registered),
                registered.owningTeam(), "registered", false, List.of());
        Log.infof("Registered product %s (unit %s)", registered.code(), registered.unit());
        return registered;
    }

    /**
     * Renames, re-describes, re-assigns or retires a product if {@code ifMatch} is its current ETag. The code and
     * unit never change; a retired product stays retired (its history and past quotes remain).
     *
     * @throws ProblemException 428 {@code /problems/precondition-required} without If-Match; 412
     *                          {@code /problems/stale-product} when it changed since that ETag; 404 unknown; 400
     *                          for a different code or unit; 409 {@code /problems/product-retired} to re-activate
     */
    public Product updateProduct(String code, String ifMatch, UpdateProductRequest update) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send If-Match with the product's ETag (from GET /v1/products/" + code + ") so a concurrent "
                            + "change is not overwritten");
        }
        Product current = getProduct(code);
        if (update.code() != null && !update.code().equals(code)) {
            throw ProblemException.invalidField("code", update.code(), "cannot change: product codes are immutable "
                    + "(rename with name)");
        }
        if (update.unit() != null && !update.unit().strip().equals(current.unit())) {
            throw ProblemException.invalidField("unit", update.unit(), "cannot change: prices are per '"
                    + current.unit() + "'; register a new product for another unit");
        }
        long expected = parseEtag(ifMatch);
        if (expected != current.version()) {
            throw stale(code, ifMatch, current);
        }
        if (current.status() == ProductStatus.RETIRED && update.status() == ProductStatus.ACTIVE) {
            throw new ProblemException(409, "product-retired", "Product is retired",
                    "Product '" + code + "' was retired at " + current.retiredAt() + " and stays retired; register "
                            + "a new product code to offer it again");
        }
        Product updated = products.updateIfVersion(code, expected, update.name().strip(),
                        CreateProductRequest.blankToNull(update.description()),
                        CreateProductRequest.blankToNull(update.owningTeam()), update.status())
                .orElseThrow(() -> stale(code, ifMatch, getProduct(code)));
        audit.record("product-updated", code, null, ProductView.from(current), ProductView.from(updated),
                update.changedBy().strip(), current.status() != updated.status() ? "status " + updated.status()
                        : "product details changed", false, List.of());
        Log.infof("Updated product %s to version %d (%s)", code, updated.version(), updated.status());
        return updated;
    }

    /** @throws ProblemException 404 {@code /problems/not-found} for an unknown code */
    @Transactional(SUPPORTS)
    public Product getProduct(String code) {
        return products.findByCode(code).orElseThrow(() -> ProblemException.notFound("Product", code));
    }

    /**
     * The product, locked until the caller's transaction ends, for a price change.
     *
     * @throws ProblemException 404 unknown; 409 {@code /problems/product-retired}: a retired product gets no prices
     */
    @Transactional(MANDATORY)
    public Product lockForPriceChange(String code) {
        Product product = products.lockByCode(code).orElseThrow(() -> ProblemException.notFound("Product", code));
        if (product.status() == ProductStatus.RETIRED) {
            throw new ProblemException(409, "product-retired", "Product is retired",
                    "Product '" + code + "' was retired at " + product.retiredAt() + "; it gets no new prices");
        }
        return product;
    }

    /** All products, ordered by code. */
    @Transactional(SUPPORTS)
    public List<Product> listProducts() {
        return products.listAllByCode();
    }

    private static long parseEtag(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1; // an ETag we never issued: stale by definition
        }
    }

    private static ProblemException stale(String code, String ifMatch, Product current) {
        return new ProblemException(412, "stale-product", "The product changed meanwhile",
                "Product '" + code + "' is at ETag " + current.etag() + ", not " + ifMatch.strip()
                        + "; GET it again and re-apply your change")
                .with("currentEtag", current.etag());
    }
}
