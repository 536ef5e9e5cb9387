package org.chargeback.chargeback.page;

/**
 * Which business units the person looking at the statement page may see ({@link SignedInAccess}: the signed-in
 * caller's roles and business units); the page lists only those and answers 403 for the others.
 */
public interface BusinessUnitAccess {

    /** Whether the current caller may see the statements of {@code businessUnit}. */
    boolean maySee(String businessUnit);
}
