package org.chargeback.chargeback.page;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.chargeback.chargeback.statement.dto.StatementView;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The page's two seams as the tests drive them: access control and budgets. They behave like the defaults
 * (the caller's token decides, no budgets) unless a test sets them, and {@link #reset()} puts them back.
 */
final class TestSeams {

    static final Set<String> DENIED = ConcurrentHashMap.newKeySet();
    static volatile Function<StatementView, Optional<BudgetBurn>> budget = s -> Optional.empty();

    private TestSeams() {
    }

    static void reset() {
        DENIED.clear();
        budget = s -> Optional.empty();
    }

    @Alternative
    @Priority(1)
    @ApplicationScoped
    static class Access implements BusinessUnitAccess {
        private final SignedInAccess signedIn;

        Access(SignedInAccess signedIn) {
            this.signedIn = signedIn;
        }

        /** The real rule (the caller's token) and, on top, what a test denies. */
        @Override
        public boolean maySee(String businessUnit) {
            return !DENIED.contains(businessUnit) && signedIn.maySee(businessUnit);
        }
    }

    @Alternative
    @Priority(1)
    @ApplicationScoped
    static class Budgets implements BudgetBurnSource {
        @Override
        public Optional<BudgetBurn> burnOf(String businessUnit, YearMonth month, StatementView statement) {
            return statement == null ? Optional.empty() : budget.apply(statement);
        }
    }
}
