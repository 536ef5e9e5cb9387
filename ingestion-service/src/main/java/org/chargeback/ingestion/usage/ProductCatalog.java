package org.chargeback.ingestion.usage;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which outcome products pricing-service knows. Asked when a summary is read, not when events arrive: producers
 * never wait for a registry, and usage of a product created later stops being unmatched by itself.
 * Known codes are remembered (products are not deleted); unknown ones are asked again next time.
 */
@ApplicationScoped
class ProductCatalog {

    private final PricingClient pricing;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    ProductCatalog(@RestClient PricingClient pricing) {
        this.pricing = pricing;
    }

    /** true = known, false = pricing answered 404, empty = pricing could not tell (down, error). */
    Optional<Boolean> isKnown(String product) {
        if (known.contains(product)) {
            return Optional.of(true);
        }
        int status;
        try (Response response = pricing.product(product)) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
        } catch (RuntimeException e) {
            Log.warnf("pricing-service could not be asked about product %s: %s", product, e.getMessage());
            return Optional.empty();
        }
        if (status == 200) {
            known.add(product);
            return Optional.of(true);
        }
        if (status == 404) {
            return Optional.of(false);
        }
        Log.warnf("pricing-service answered HTTP %d for product %s", status, product);
        return Optional.empty();
    }
}
