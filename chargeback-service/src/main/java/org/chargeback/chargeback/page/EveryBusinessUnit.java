package org.chargeback.chargeback.page;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

/** No access control yet: everyone sees every business unit. Replaced by any other {@link BusinessUnitAccess} bean. */
@DefaultBean
@ApplicationScoped
class EveryBusinessUnit implements BusinessUnitAccess {

    @Override
    public boolean maySee(String businessUnit) {
        return true;
    }
}
