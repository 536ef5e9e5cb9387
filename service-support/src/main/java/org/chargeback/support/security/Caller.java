package org.chargeback.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The caller of the current request and the business units whose data they may see. Roles decide which operations a
 * caller may use (@RolesAllowed on the resources); this decides which business units' data: a caller whose only role
 * is bu-owner sees the business units listed in the token's {@value Roles#BUSINESS_UNITS_CLAIM} claim, every other
 * role sees them all.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Whether the caller sees every business unit's data (any role but bu-owner alone). */
    public boolean seesEveryBusinessUnit() {
        return identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.FINANCE) || identity.hasRole(Roles.PLATFORM)
                || identity.hasRole(Roles.SERVICE);
    }

    /** Empty when the caller sees every business unit; otherwise the business units they own (maybe none). */
    public Optional<Set<String>> businessUnitScope() {
        return seesEveryBusinessUnit() ? Optional.empty() : Optional.of(ownedBusinessUnits());
    }

    /** The business units a bu-owner owns (empty for every other caller). */
    public Set<String> ownedBusinessUnits() {
        if (!identity.hasRole(Roles.BU_OWNER) || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
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
        return seesEveryBusinessUnit() || businessUnit != null && ownedBusinessUnits().contains(businessUnit);
    }

    /** Throws 403 (problem+json) unless the caller may see the data of {@code businessUnit}. */
    public void checkMaySee(String businessUnit) {
        if (!maySee(businessUnit)) {
            throw forbidden("The caller may not see the data of business unit '" + businessUnit + "'");
        }
    }

    /** The caller's name (the token's upn or subject), for audit fields; "anonymous" without a token. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail);
    }
}
