package org.chargeback.pricing.product;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A product as the API shows it. */
@Schema(name = "ProductView", description = "A product business units can be charged for")
public record ProductView(
        @Schema(example = "support-resolution") String code,
        @Schema(example = "AI support resolution") String name,
        @Schema(example = "resolution") String unit,
        String description,
        @Schema(example = "ACTIVE") ProductStatus status,
        Instant createdAt) {

    static ProductView from(Product product) {
        return new ProductView(product.code(), product.name(), product.unit(), product.description(),
                product.status(), product.createdAt());
    }
}
