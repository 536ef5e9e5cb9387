package org.chargeback.pricing.product;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chargeback.support.problem.ProblemException;

import java.util.List;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The products business units can be charged for. Other capabilities reach products only through here. */
@ApplicationScoped
@Transactional(REQUIRED)
public class ProductService {

    private final ProductRepository products;

    @Inject
    ProductService(ProductRepository products) {
        this.products = products;
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
        Log.infof("Registered product %s (unit %s)", registered.code(), registered.unit());
        return registered;
    }

    /** @throws ProblemException 404 {@code /problems/not-found} for an unknown code */
    @Transactional(SUPPORTS)
    public Product getProduct(String code) {
        return products.findByCode(code).orElseThrow(() -> ProblemException.notFound("Product", code));
    }

    /** All products, ordered by code. */
    @Transactional(SUPPORTS)
    public List<Product> listProducts() {
        return products.listAllByCode();
    }
}
