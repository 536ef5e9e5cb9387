package org.chargeback.chargeback.businessunit;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.businessunit.dto.AddUseCaseRequest;
import org.chargeback.chargeback.businessunit.dto.CreateBusinessUnitRequest;
import org.chargeback.chargeback.businessunit.dto.UpdateBusinessUnitRequest;
import org.chargeback.chargeback.shared.Etags;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/** The business unit registry: business units and their use cases. Nothing is ever deleted. */
@ApplicationScoped
@Transactional
public class BusinessUnitService {

    private final BusinessUnitRepository units;
    private final Clock clock;

    BusinessUnitService(BusinessUnitRepository units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    /** @throws ProblemException 409 {@code /problems/business-unit-exists} when the code is taken */
    public BusinessUnit registerBusinessUnit(CreateBusinessUnitRequest request) {
        String code = request.code();
        if (!units.insertIfAbsent(code, request.name().strip(), request.costCenter().strip(),
                request.ownerContact().strip(), now())) {
            throw new ProblemException(409, "business-unit-exists", "Business unit exists",
                    "Business unit '" + code + "' is registered already; change it with PUT /v1/business-units/"
                            + code).with("code", code);
        }
        Log.infof("Registered business unit %s", code);
        return getBusinessUnit(code);
    }

    /**
     * Changes name, cost center and owner if {@code ifMatch} is the business unit's current ETag: finance data is
     * never overwritten by a client that did not see the last change.
     *
     * @throws ProblemException 428 {@code /problems/precondition-required} without If-Match; 412
     *                          {@code /problems/stale-business-unit} when it changed since that ETag; 404 unknown;
     *                          400 for a different code
     */
    public BusinessUnit updateBusinessUnit(String code, String ifMatch, UpdateBusinessUnitRequest update) {
        Etags.requireIfMatch(ifMatch, "business unit", "/v1/business-units/" + code);
        BusinessUnit current = getBusinessUnit(code);
        if (update.code() != null && !update.code().equals(code)) {
            throw ProblemException.invalidField("code", update.code(),
                    "cannot change: business unit codes are immutable (statements and costs name them)");
        }
        long expected = Etags.version(ifMatch);
        if (expected != current.version()
                || !units.updateIfVersion(code, expected, update.name().strip(), update.costCenter().strip(),
                update.ownerContact().strip(), now())) {
            throw stale(code, ifMatch, getBusinessUnit(code));
        }
        BusinessUnit updated = getBusinessUnit(code);
        Log.infof("Updated business unit %s to version %d", code, updated.version());
        return updated;
    }

    /** The business unit with its use cases. @throws ProblemException 404 for an unknown code */
    @Transactional(SUPPORTS)
    public BusinessUnit getBusinessUnit(String code) {
        return units.findByCode(code, false).orElseThrow(() -> ProblemException.notFound("Business unit", code));
    }

    /** Every business unit by code, without use cases. */
    @Transactional(SUPPORTS)
    public List<BusinessUnit> listBusinessUnits() {
        return units.listByCode();
    }

    /** Every registered business unit by its code, for naming them on statements. */
    @Transactional(SUPPORTS)
    public Map<String, BusinessUnit> registeredByCode() {
        return units.listByCode().stream().collect(Collectors.toMap(BusinessUnit::code, Function.identity()));
    }

    /**
     * Adds a use case. The product is not checked against pricing-service yet.
     *
     * @throws ProblemException 404 unknown business unit; 409 {@code /problems/use-case-exists}; 400 when
     *                          valuePerUnit and valueCurrency do not come together or the currency is unknown
     */
    public UseCase addUseCase(String businessUnit, AddUseCaseRequest request) {
        getBusinessUnit(businessUnit);
        if (request.valuePerUnit() != null && request.valueCurrency() == null) {
            throw ProblemException.invalidField("valueCurrency", null, "is required with valuePerUnit");
        }
        if (request.valueCurrency() != null && request.valuePerUnit() == null) {
            throw ProblemException.invalidField("valuePerUnit", null, "is required with valueCurrency");
        }
        if (request.valueCurrency() != null && !Money.isIsoCurrency(request.valueCurrency())) {
            throw ProblemException.invalidField("valueCurrency", request.valueCurrency(),
                    "must be an ISO 4217 currency code such as EUR or USD");
        }
        NewUseCase useCase = new NewUseCase(request.code(), request.name().strip(), request.product(),
                request.valuePerUnit(), request.valueCurrency());
        if (!units.insertUseCaseIfAbsent(businessUnit, useCase, now())) {
            throw new ProblemException(409, "use-case-exists", "Use case exists",
                    "Business unit '" + businessUnit + "' has a use case '" + useCase.code() + "' already")
                    .with("code", useCase.code());
        }
        Log.infof("Added use case %s to business unit %s (product %s)", useCase.code(), businessUnit,
                useCase.product());
        return getBusinessUnit(businessUnit).useCases().stream()
                .filter(u -> u.code().equals(useCase.code())).findFirst().orElseThrow();
    }

    /** The business unit's use cases by code. @throws ProblemException 404 unknown business unit */
    @Transactional(SUPPORTS)
    public List<UseCase> listUseCases(String businessUnit) {
        return getBusinessUnit(businessUnit).useCases();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }



    private static ProblemException stale(String code, String ifMatch, BusinessUnit current) {
        return Etags.stale("business-unit", "business unit", code, ifMatch, current.etag());
    }
}
