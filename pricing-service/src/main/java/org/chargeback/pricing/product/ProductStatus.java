package org.chargeback.pricing.product;

/** Whether a product can be priced and quoted. Retiring a product is a later issue; then RETIRED joins here. */
public enum ProductStatus {
    /** Offered: prices can be added and quotes given. */
    ACTIVE
}
