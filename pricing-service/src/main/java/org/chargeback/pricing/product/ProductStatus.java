package org.chargeback.pricing.product;

/** Whether a product can be priced and quoted. */
public enum ProductStatus {
    /** Offered: prices can be added and quotes given. */
    ACTIVE,
    /** No longer offered: history kept, quotes for instants before retirement still answer, no new prices. */
    RETIRED
}
