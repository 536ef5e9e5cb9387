package org.chargeback.chargeback.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The caller of the current request and the business units whose data they may see: finance and admin see every
 * business unit, a bu-owner only those listed in the token's {@code business_units} claim.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Whether the caller sees every business unit's statements and invoices. */
    public boolean seesEveryBusinessUnit() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.FINANCE);
    }

    /** The business units a bu-owner owns (empty for every other caller). */
    public Set<String> ownedBusinessUnits() {
        if (!identity.hasRole(Roles.BU_OWNER)) {
            return Set.of();
        }
        Principal principal = identity.getPrincipal();
        if (!(principal instanceof JsonWebToken jwt)) {
            return Set.of();
        }
        Object claim = jwt.getClaim(Roles.BUSINESS_UNITS_CLAIM);
        Set<String> codes = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    codes.add(s.getString());
                }
            }
        } else if (claim instanceof Collection<?> values) {
            values.forEach(v -> codes.add(String.valueOf(v)));
        } else if (claim instanceof JsonString s) {
            codes.add(s.getString());
        } else if (claim instanceof String s) {
            codes.add(s);
        }
        return Set.copyOf(codes);
    }

    /** Whether the caller may see the data of {@code businessUnit}. */
    public boolean maySee(String businessUnit) {
        return seesEveryBusinessUnit() || ownedBusinessUnits().contains(businessUnit);
    }

    /** Throws 403 (problem+json) unless the caller may see the data of {@code businessUnit}. */
    public void checkMaySee(String businessUnit) {
        if (!maySee(businessUnit)) {
            throw forbidden("The caller may not see the data of another business unit");
        }
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
