package org.chargeback.chargeback.page;

/**
 * Which business units the person looking at the statement page may see: the access control seam of the page.
 *
 * <p>There is no access control in the suite yet (its own issue). Until it lands, {@link EveryBusinessUnit} lets
 * everyone see every business unit. The access control work provides another bean implementing this interface
 * (reading the caller's identity, e.g. the business units whose {@code ownerContact} is the caller, or a finance
 * role seeing all); the page then lists only those business units and answers 403 for the others, without any other
 * change to the page.
 */
public interface BusinessUnitAccess {

    /** Whether the current caller may see the statements of {@code businessUnit}. */
    boolean maySee(String businessUnit);
}
