package org.chargeback.chargeback.allocation;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.chargeback.chargeback.allocation.dto.AllocationRuleRequest;
import org.chargeback.chargeback.allocation.dto.MatchCondition;
import org.chargeback.chargeback.allocation.dto.ShareSpec;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.BusinessUnitService;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

/**
 * Allocation rules: effective-dated, ordered, versioned. A change is stored as the next version (never an edit), so
 * the rules in force for any month, past ones included, can always be read back.
 */
@ApplicationScoped
@Transactional
public class AllocationRuleService {

    private final AllocationRuleRepository rules;
    private final BusinessUnitService businessUnits;
    private final Clock clock;

    AllocationRuleService(AllocationRuleRepository rules, BusinessUnitService businessUnits, Clock clock) {
        this.rules = rules;
        this.businessUnits = businessUnits;
        this.clock = clock;
    }

    /**
     * Stores version 1 of a new rule.
     *
     * @throws ProblemException 400 naming the field; 409 {@code /problems/allocation-rule-exists} for a taken code
     */
    public AllocationRule createRule(AllocationRuleRequest request) {
        if (request.code() == null) {
            throw ProblemException.invalidField("code", null, "must not be null");
        }
        AllocationRule rule = draft("", request, request.code(), 1);
        if (!rules.insertIfAbsent(rule)) {
            throw new ProblemException(409, "allocation-rule-exists", "Allocation rule exists",
                    "Allocation rule '" + rule.code() + "' exists already; change it with PUT /v1/allocation-rules/"
                            + rule.code() + " (a new version)").with("code", rule.code());
        }
        Log.infof("Created allocation rule %s (priority %d, %s, from %s)", rule.code(), rule.priority(),
                rule.allocate().method(), rule.effectiveFrom());
        return latest(rule.code());
    }

    /**
     * Stores the next version of a rule if {@code ifMatch} is its latest version's ETag; earlier versions stay as
     * they are, and stay in force for the months the new one does not cover.
     *
     * @throws ProblemException 428 {@code /problems/precondition-required} without If-Match; 404 unknown code; 400
     *                          naming the field (also for a different code); 412 {@code /problems/stale-allocation-rule}
     *                          when another version was stored since that ETag
     */
    public AllocationRule reviseRule(String code, String ifMatch, AllocationRuleRequest request) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "If-Match required",
                    "Send If-Match with the allocation rule's ETag (from GET /v1/allocation-rules/" + code
                            + ") so a concurrent change is not overwritten");
        }
        AllocationRule current = latest(code);
        if (request.code() != null && !request.code().equals(code)) {
            throw ProblemException.invalidField("code", request.code(),
                    "cannot change: allocation rule codes are immutable (statements name them)");
        }
        long expected = parseEtag(ifMatch);
        AllocationRule next = draft("", request, code, current.version() + 1);
        if (expected != current.version() || !rules.insertIfAbsent(next)) {
            throw stale(code, ifMatch, latest(code));
        }
        Log.infof("Allocation rule %s is at version %d (priority %d, %s, from %s), by %s", code, next.version(),
                next.priority(), next.allocate().method(), next.effectiveFrom(), next.changedBy());
        return latest(code);
    }

    /** The latest version. @throws ProblemException 404 for an unknown code */
    @Transactional(SUPPORTS)
    public AllocationRule getRule(String code) {
        return latest(code);
    }

    /** Every version, oldest first. @throws ProblemException 404 for an unknown code */
    @Transactional(SUPPORTS)
    public List<AllocationRule> listVersions(String code) {
        List<AllocationRule> versions = rules.listVersions(code);
        if (versions.isEmpty()) {
            throw ProblemException.notFound("Allocation rule", code);
        }
        return versions;
    }

    /** With a month: the versions in force then, in evaluation order. Without: every rule's latest version, by code. */
    @Transactional(SUPPORTS)
    public List<AllocationRule> listRules(YearMonth month) {
        return month == null ? rules.listLatest() : rulesInForce(month);
    }

    /** The rule versions in force in {@code month}, in evaluation order (priority, then code). */
    @Transactional(SUPPORTS)
    public List<AllocationRule> rulesInForce(YearMonth month) {
        return AllocationCalculator.inForce(rules.listCovering(month), month);
    }

    /** Every stored version of the given codes (for a preview that adds versions to them). */
    @Transactional(SUPPORTS)
    List<AllocationRule> versionsOf(String code) {
        return rules.listVersions(code);
    }

    /**
     * Validates a rule body and builds the version it would be, without storing it.
     *
     * @throws ProblemException 400 naming every bad field
     */
    @Transactional(SUPPORTS)
    AllocationRule draft(String prefix, AllocationRuleRequest request, String code, int version) {
        List<ProblemError> errors = check(prefix, request);
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        return build(request, code, version);
    }

    /** The errors of a rule body ({@code prefix}: field path prefix such as {@code "rules[1]."}); empty = valid. */
    @Transactional(SUPPORTS)
    List<ProblemError> check(String prefix, AllocationRuleRequest request) {
        return AllocationRuleValidator.validate(prefix, request, registry());
    }

    /** The version a valid body makes. */
    AllocationRule build(AllocationRuleRequest request, String code, int version) {
        var allocate = request.allocate();
        List<ShareSpec> shares = allocate.shares() == null ? List.of() : allocate.shares();
        RuleAllocation allocation = new RuleAllocation(allocate.method(), allocate.businessUnit(),
                allocate.useCase(), shares.stream().map(ShareSpec::toShare).toList(), allocate.product());
        return new AllocationRule(code, version, request.name().strip(), request.priority(),
                YearMonth.parse(request.effectiveFrom()),
                request.effectiveTo() == null ? null : YearMonth.parse(request.effectiveTo()),
                request.match().stream().map(MatchCondition::toCondition).toList(), allocation,
                request.workloadCategory(), request.budgetCategory(), request.changedBy().strip(),
                request.reason() == null || request.reason().isBlank() ? null : request.reason().strip(), now());
    }

    /** One 400 listing every error. */
    static ProblemException invalid(List<ProblemError> errors) {
        return ProblemException.invalid(errors.stream().map(e -> e.field() + " " + e.message())
                .collect(Collectors.joining("; ")), errors);
    }

    private Function<String, Optional<BusinessUnit>> registry() {
        Map<String, BusinessUnit> registered = businessUnits.registeredByCode();
        Map<String, Optional<BusinessUnit>> withUseCases = new HashMap<>();
        return code -> withUseCases.computeIfAbsent(code, c -> registered.containsKey(c)
                ? Optional.of(businessUnits.getBusinessUnit(c)) : Optional.empty());
    }

    private AllocationRule latest(String code) {
        List<AllocationRule> versions = listVersions(code);
        return versions.get(versions.size() - 1);
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncate so what we return equals what we stored.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static long parseEtag(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            return -1; // an ETag we never issued: stale by definition
        }
    }

    private static ProblemException stale(String code, String ifMatch, AllocationRule current) {
        return new ProblemException(412, "stale-allocation-rule", "The allocation rule changed meanwhile",
                "Allocation rule '" + code + "' is at ETag " + current.etag() + ", not " + ifMatch.strip()
                        + "; GET it again and re-apply your change")
                .with("currentEtag", current.etag());
    }
}
