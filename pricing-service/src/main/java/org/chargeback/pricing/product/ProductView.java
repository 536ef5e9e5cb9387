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
        @Schema(example = "platform-ai", nullable = true) String owningTeam,
        @Schema(example = "ACTIVE") ProductStatus status,
        @Schema(nullable = true) Instant retiredAt,
        @Schema(description = "Increases with every update; also sent as the ETag header", example = "1") long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ProductView from(Product product) {
        return new ProductView(product.code(), product.name(), product.unit(), product.description(),
                product.owningTeam(), product.status(), product.retiredAt(), product.version(), product.createdAt(),
                product.updatedAt());
    }
}
