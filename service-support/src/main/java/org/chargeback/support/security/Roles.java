package org.chargeback.support.security;

/** The roles of the suite's tokens (the JWT "groups" claim); the access matrix is in each service's README. */
public final class Roles {

    /** Sees only the business units listed in the token's {@value #BUSINESS_UNITS_CLAIM} claim. */
    public static final String BU_OWNER = "bu-owner";
    /** Prices, products, allocation rules, imports. */
    public static final String PLATFORM = "platform";
    /** All statements and invoices, acknowledgements, reconciliation. */
    public static final String FINANCE = "finance";
    public static final String ADMIN = "admin";
    /** A service of the suite calling another one (its own token, minted with the suite's key). */
    public static final String SERVICE = "service";

    /** Claim of a bu-owner token: the list of business unit codes the caller owns. */
    public static final String BUSINESS_UNITS_CLAIM = "business_units";

    private Roles() {
    }
}
