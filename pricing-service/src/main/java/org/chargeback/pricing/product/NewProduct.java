package org.chargeback.pricing.product;

/** What a caller decides about a product it registers; status and creation time are the service's to set. */
public record NewProduct(String code, String name, String unit, String description, String owningTeam) {
}
