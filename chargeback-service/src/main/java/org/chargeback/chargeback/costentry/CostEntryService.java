package org.chargeback.chargeback.costentry;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.chargeback.businessunit.UseCase;
import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.costentry.dto.CreateCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.CreateRecurringCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.ReverseCostEntryRequest;
import org.chargeback.chargeback.costentry.dto.UpdateRecurringCostEntryRequest;
import org.chargeback.chargeback.shared.ChargebackConfig;
import org.chargeback.chargeback.shared.Months;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.chargeback.shared.Etags;
import org.chargeback.chargeback.shared.Money;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Costs that no FOCUS file brings: manual cost entries (talent, unmetered tools, credits) and recurring cost entries
 * (seats x price every month). Entries are immutable and never deleted; the statement run reads them through
 * {@link #costsOf(YearMonth)}.
 */
@ApplicationScoped
@Transactional
public class CostEntryService {

    static final BudgetCategory DEFAULT_RECURRING_BUDGET = BudgetCategory.VENDOR_AND_API;
    static final WorkloadCategory DEFAULT_RECURRING_WORKLOAD = WorkloadCategory.EMBEDDED;

    // The order the statement run gets: stable, so its lines come out the same on every run.
    private static final Comparator<ManualCost> STATEMENT_ORDER = Comparator.comparing(ManualCost::businessUnit)
            .thenComparing(ManualCost::source).thenComparing(ManualCost::reference);

    private final CostEntryRepository entries;
    private final RecurringCostEntryRepository recurring;
    private final BusinessUnitService units;
    private final ChargebackConfig config;
    private final Clock clock;

    CostEntryService(CostEntryRepository entries, RecurringCostEntryRepository recurring, BusinessUnitService units,
                     ChargebackConfig config, Clock clock) {
        this.entries = entries;
        this.recurring = recurring;
        this.units = units;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Every cost of the month that no FOCUS file brings: each manual entry of the month (reversals included, so a
     * reversed entry and its reversal net to zero) and the version in force of each recurring entry, ordered by
     * business unit, source, reference. Amounts are exact; the statement line rounds.
     */
    @Transactional(SUPPORTS)
    public List<ManualCost> costsOf(YearMonth month) {
        List<ManualCost> costs = new ArrayList<>();
        entries.listOfMonth(month, null).forEach(e -> costs.add(e.toManualCost()));
        recurring.listInForce(month).forEach(r -> costs.add(r.toManualCost()));
        costs.sort(STATEMENT_ORDER);
        return costs;
    }

    // ---- manual cost entries -------------------------------------------------------------------------------------

    /**
     * Stores a manual cost entry.
     *
     * @throws ProblemException 400 naming the field (zero amount, unknown business unit, use case of another
     *                          business unit, unknown currency); 422 {@code /problems/currency-mismatch}
     */
    public CostEntry enterCostEntry(CreateCostEntryRequest request) {
        List<ProblemError> errors = new ArrayList<>();
        if (request.amount().signum() == 0) {
            errors.add(ProblemError.field("amount", request.amount().toPlainString(),
                    "must not be zero (a credit is negative)"));
        }
        errors.addAll(ownerErrors(request.businessUnit(), request.useCase()));
        requireValid(errors, request.currency());
        CostEntry entry = new CostEntry(UUID.randomUUID(), Months.parse("month", request.month()),
                request.businessUnit(), request.useCase(), request.budgetCategory(), request.workloadCategory(),
                request.amount(), request.currency(), request.description().strip(), request.enteredBy().strip(),
                now(), null, null, null);
        entries.insert(entry);
        Log.infof("Entered cost entry %s: %s %s for business unit %s in %s", entry.id(), entry.amount().toPlainString(),
                entry.currency(), entry.businessUnit(), entry.month());
        return entry;
    }

    /**
     * Cancels an entry with a reversing entry in the same month (negated amount, same business unit, use case and
     * categories), so a re-run of the month nets it to zero while both stay on record.
     *
     * @throws ProblemException 404 unknown entry; 409 {@code /problems/cost-entry-already-reversed} (with
     *                          {@code reversedBy}); 409 {@code /problems/cost-entry-is-a-reversal}
     */
    public CostEntry reverseCostEntry(UUID id, ReverseCostEntryRequest request) {
        CostEntry original = getCostEntry(id);
        if (original.isReversal()) {
            // Reversing a reversal would bring the cost back under the wrong reason; enter it again instead.
            throw new ProblemException(409, "cost-entry-is-a-reversal", "A reversal cannot be reversed",
                    "Cost entry '" + id + "' reverses entry '" + original.reverses()
                            + "'; to book that cost again, enter it as a new cost entry")
                    .with("reverses", original.reverses().toString());
        }
        if (original.isReversed()) {
            throw alreadyReversed(original);
        }
        CostEntry reversal = original.reversal(UUID.randomUUID(), request.reason().strip(),
                request.enteredBy().strip(), now());
        // The unique "reverses" column decides between concurrent reversals of the same entry.
        if (!entries.insertReversalIfAbsent(reversal)) {
            throw alreadyReversed(getCostEntry(id));
        }
        Log.infof("Reversed cost entry %s with %s", id, reversal.id());
        return getCostEntry(reversal.id());
    }

    /** @throws ProblemException 404 for an unknown id */
    @Transactional(SUPPORTS)
    public CostEntry getCostEntry(UUID id) {
        return entries.findById(id).orElseThrow(() -> ProblemException.notFound("Cost entry", id.toString()));
    }

    /** The month's entries (reversals included), by business unit then as entered; businessUnit null = all. */
    @Transactional(SUPPORTS)
    public List<CostEntry> listCostEntries(YearMonth month, String businessUnit) {
        return entries.listOfMonth(month, businessUnit);
    }

    // ---- recurring cost entries ----------------------------------------------------------------------------------

    /**
     * Stores version 1 of a recurring cost entry; budget and workload category default to VENDOR_AND_API and
     * EMBEDDED (most recurring AI costs are SaaS seats).
     *
     * @throws ProblemException 400 naming the field; 409 {@code /problems/recurring-cost-entry-exists};
     *                          422 {@code /problems/currency-mismatch}
     */
    public RecurringCostEntry createRecurringCostEntry(CreateRecurringCostEntryRequest request) {
        YearMonth from = Months.parse("fromMonth", request.fromMonth());
        YearMonth to = request.toMonth() == null ? null : Months.parse("toMonth", request.toMonth());
        List<ProblemError> errors = new ArrayList<>(monthErrors(from, to, request.toMonth()));
        errors.addAll(ownerErrors(request.businessUnit(), request.useCase()));
        requireValid(errors, request.currency());
        RecurringCostEntry entry = new RecurringCostEntry(request.code(), 1, request.businessUnit(),
                request.useCase(), request.description().strip(), request.quantity(), request.unitPrice(),
                request.currency(), orDefault(request.budgetCategory(), DEFAULT_RECURRING_BUDGET),
                orDefault(request.workloadCategory(), DEFAULT_RECURRING_WORKLOAD), from, to,
                request.enteredBy().strip(), now());
        if (!recurring.insertIfAbsent(entry)) {
            throw new ProblemException(409, "recurring-cost-entry-exists", "Recurring cost entry exists",
                    "Recurring cost entry '" + entry.code() + "' exists already; change it with PUT "
                            + "/v1/recurring-cost-entries/" + entry.code()).with("code", entry.code());
        }
        Log.infof("Created recurring cost entry %s for business unit %s from %s", entry.reference(),
                entry.businessUnit(), from);
        return entry;
    }

    /**
     * Stores the next version if {@code ifMatch} is the entry's current ETag. It is in force from its fromMonth on:
     * earlier months keep the versions they had. Budget and workload category default to the current version's.
     *
     * @throws ProblemException 428 {@code /problems/precondition-required} without If-Match; 404 unknown code;
     *                          400 naming the field (also a different code); 412
     *                          {@code /problems/stale-recurring-cost-entry}; 422 {@code /problems/currency-mismatch}
     */
    public RecurringCostEntry updateRecurringCostEntry(String code, String ifMatch,
                                                       UpdateRecurringCostEntryRequest request) {
        Etags.requireIfMatch(ifMatch, "recurring cost entry", "/v1/recurring-cost-entries/" + code);
        RecurringCostEntry current = getRecurringCostEntry(code);
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalidField("code", request.code(),
                    "cannot change: a recurring cost entry keeps its code across versions");
        }
        YearMonth from = Months.parse("fromMonth", request.fromMonth());
        YearMonth to = request.toMonth() == null ? null : Months.parse("toMonth", request.toMonth());
        List<ProblemError> errors = new ArrayList<>(monthErrors(from, to, request.toMonth()));
        errors.addAll(ownerErrors(request.businessUnit(), request.useCase()));
        requireValid(errors, request.currency());
        RecurringCostEntry next = new RecurringCostEntry(code, current.version() + 1, request.businessUnit(),
                request.useCase(), request.description().strip(), request.quantity(), request.unitPrice(),
                request.currency(), orDefault(request.budgetCategory(), current.budgetCategory()),
                orDefault(request.workloadCategory(), current.workloadCategory()), from, to,
                request.enteredBy().strip(), now());
        // Version n+1 can be written once only: a concurrent change that read the same ETag loses here.
        if (Etags.version(ifMatch) != current.version() || !recurring.insertIfAbsent(next)) {
            throw stale(code, ifMatch, getRecurringCostEntry(code));
        }
        Log.infof("Changed recurring cost entry %s: from %s, %s x %s", next.reference(), from,
                next.quantity().toPlainString(), next.unitPrice().toPlainString());
        return next;
    }

    /** The latest version. @throws ProblemException 404 for an unknown code */
    @Transactional(SUPPORTS)
    public RecurringCostEntry getRecurringCostEntry(String code) {
        List<RecurringCostEntry> versions = listRecurringCostEntryVersions(code);
        return versions.get(versions.size() - 1);
    }

    /** Every version, oldest first. @throws ProblemException 404 for an unknown code */
    @Transactional(SUPPORTS)
    public List<RecurringCostEntry> listRecurringCostEntryVersions(String code) {
        List<RecurringCostEntry> versions = recurring.versionsOf(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Recurring cost entry", code);
        }
        return versions;
    }

    /** By code: the latest version of each entry, or with a month the version in force in it (if any). */
    @Transactional(SUPPORTS)
    public List<RecurringCostEntry> listRecurringCostEntries(YearMonth month) {
        return month == null ? recurring.listLatest() : recurring.listInForce(month);
    }

    // ---- rules shared by both kinds ------------------------------------------------------------------------------

    /** The business unit must be registered and the use case, if any, one of its own. */
    private List<ProblemError> ownerErrors(String businessUnit, String useCase) {
        // registeredByCode, not getBusinessUnit: its 404 would mark this transaction rollback-only.
        BusinessUnit unit = units.registeredByCode().get(businessUnit);
        if (unit == null) {
            return List.of(ProblemError.field("businessUnit", businessUnit,
                    "is not a registered business unit (register it at POST /v1/business-units)"));
        }
        if (useCase != null && units.listUseCases(businessUnit).stream().map(UseCase::code)
                .noneMatch(useCase::equals)) {
            return List.of(ProblemError.field("useCase", useCase,
                    "is not a use case of business unit '" + businessUnit + "'"));
        }
        return List.of();
    }

    private static List<ProblemError> monthErrors(YearMonth from, YearMonth to, String toText) {
        return to != null && to.isBefore(from)
                ? List.of(ProblemError.field("toMonth", toText, "must not be before fromMonth " + from))
                : List.of();
    }

    /** 400 for the field errors and an unknown currency first (the client must fix them), then 422 for another one. */
    private void requireValid(List<ProblemError> errors, String currency) {
        List<ProblemError> all = new ArrayList<>(errors);
        if (!Money.isIsoCurrency(currency)) {
            all.add(ProblemError.field("currency", currency, "must be an ISO 4217 currency code such as EUR or USD"));
        }
        if (!all.isEmpty()) {
            throw ProblemException.invalid(all.stream().map(e -> e.field() + " " + e.message())
                    .collect(Collectors.joining("; ")), all);
        }
        String reporting = config.reportingCurrency().getCurrencyCode();
        if (!currency.equals(reporting)) {
            throw new ProblemException(422, "currency-mismatch", "Currency does not match the reporting currency",
                    "The entry is in " + currency + ", but statements are in " + reporting
                            + "; currency conversion is not supported yet, so nothing was stored")
                    .with("currency", currency)
                    .with("reportingCurrency", reporting);
        }
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }



    private static ProblemException alreadyReversed(CostEntry original) {
        return new ProblemException(409, "cost-entry-already-reversed", "Cost entry already reversed",
                "Cost entry '" + original.id() + "' was reversed by entry '" + original.reversedBy() + "'")
                .with("reversedBy", String.valueOf(original.reversedBy()));
    }

    private static ProblemException stale(String code, String ifMatch, RecurringCostEntry current) {
        return Etags.stale("recurring-cost-entry", "recurring cost entry", code, ifMatch, current.etag());
    }
}
