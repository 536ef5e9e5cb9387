package org.chargeback.chargeback.page;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.support.security.Caller;
import org.chargeback.support.security.Roles;

/**
 * Who sees which statements on the page, as in the API (README "Access"): finance and admin every business unit's, a
 * bu-owner only those of the business units their token names; other roles none.
 */
@ApplicationScoped
class SignedInAccess implements BusinessUnitAccess {

    private final Caller caller;

    SignedInAccess(Caller caller) {
        this.caller = caller;
    }

    @Override
    public boolean maySee(String businessUnit) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.FINANCE)
                || caller.hasRole(Roles.BU_OWNER) && caller.ownedBusinessUnits().contains(businessUnit);
    }
}
