package org.chargeback.chargeback.budget;

import jakarta.enterprise.context.ApplicationScoped;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.chargeback.businessunit.UseCase;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The checks budgets, metrics, corridors and forecasts share: registered owners, money in the reporting currency. */
@ApplicationScoped
public class Checks {

    private final BusinessUnitService units;
    private final ChargebackConfig config;

    Checks(BusinessUnitService units, ChargebackConfig config) {
        this.units = units;
        this.config = config;
    }

    /** Errors for an unregistered business unit or a use case that is not its own (none when both are fine). */
    public List<ProblemError> ownerErrors(String field, String businessUnit, String useCase) {
        // registeredByCode, not getBusinessUnit: its 404 would mark the caller's transaction rollback-only.
        BusinessUnit unit = units.registeredByCode().get(businessUnit);
        if (unit == null) {
            return List.of(ProblemError.field(field, businessUnit,
                    "is not a registered business unit (register it at POST /v1/business-units)"));
        }
        if (useCase != null && units.listUseCases(businessUnit).stream().map(UseCase::code)
                .noneMatch(useCase::equals)) {
            return List.of(ProblemError.field("useCase", useCase,
                    "is not a use case of business unit '" + businessUnit + "'"));
        }
        return List.of();
    }

    /** An amount with more decimals than the currency's minor unit cannot be booked. */
    public List<ProblemError> minorUnitErrors(String field, BigDecimal amount) {
        int digits = config.reportingCurrency().getDefaultFractionDigits();
        if (amount != null && amount.stripTrailingZeros().scale() > digits) {
            return List.of(ProblemError.field(field, amount.toPlainString(),
                    "must have at most " + digits + " decimals (the currency's minor unit)"));
        }
        return List.of();
    }

    /** 400 for the field errors (and an unknown currency), then 422 {@code /problems/currency-mismatch}. */
    public void requireValid(List<ProblemError> errors, String currency) {
        List<ProblemError> all = new ArrayList<>(errors);
        if (currency != null && !Money.isIsoCurrency(currency)) {
            all.add(ProblemError.field("currency", currency, "must be an ISO 4217 currency code such as EUR or USD"));
        }
        if (!all.isEmpty()) {
            throw ProblemException.invalid(all.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), all);
        }
        String reporting = config.reportingCurrency().getCurrencyCode();
        if (currency != null && !currency.equals(reporting)) {
            throw new ProblemException(422, "currency-mismatch", "Currency does not match the reporting currency",
                    "The amount is in " + currency + ", but statements are in " + reporting
                            + "; currency conversion is not supported yet, so nothing was stored")
                    .with("currency", currency)
                    .with("reportingCurrency", reporting);
        }
    }

    public java.util.Currency reportingCurrency() {
        return config.reportingCurrency();
    }
}
