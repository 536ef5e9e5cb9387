package org.chargeback.chargeback.allocation;

import org.chargeback.chargeback.allocation.dto.AllocationRuleRequest;
import org.chargeback.chargeback.allocation.dto.MatchCondition;
import org.chargeback.chargeback.allocation.dto.ShareSpec;
import org.chargeback.chargeback.businessunit.BusinessUnit;
import org.chargeback.chargeback.businessunit.dto.Codes;
import org.chargeback.support.problem.ProblemError;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules between the fields of an allocation rule that Bean Validation cannot express: which fields a method
 * takes, percentages, months, dimension syntax, and that named business units and use cases are registered. Collects
 * every error (field paths under {@code prefix}), so a client fixes them all in one go.
 */
final class AllocationRuleValidator {

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final String prefix;
    private final Function<String, Optional<BusinessUnit>> registry;
    private final List<ProblemError> errors = new ArrayList<>();

    private AllocationRuleValidator(String prefix, Function<String, Optional<BusinessUnit>> registry) {
        this.prefix = prefix;
        this.registry = registry;
    }

    /**
     * @param prefix   prepended to field names ({@code ""}, or {@code "rules[2]."} in a preview)
     * @param registry the registered business unit with its use cases, by code
     */
    static List<ProblemError> validate(String prefix, AllocationRuleRequest rule,
                                       Function<String, Optional<BusinessUnit>> registry) {
        AllocationRuleValidator validator = new AllocationRuleValidator(prefix, registry);
        validator.months(rule);
        validator.match(rule.match());
        validator.allocate(rule);
        return validator.errors;
    }

    private void months(AllocationRuleRequest rule) {
        YearMonth from = month("effectiveFrom", rule.effectiveFrom());
        YearMonth to = month("effectiveTo", rule.effectiveTo());
        if (from != null && to != null && !to.isAfter(from)) {
            error("effectiveTo", rule.effectiveTo(), "must be after effectiveFrom (it is exclusive)");
        }
    }

    private void match(List<MatchCondition> match) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < match.size(); i++) {
            String dimension = match.get(i).dimension();
            if (dimension == null || dimension.isBlank()) {
                continue; // Bean Validation names it
            }
            if (!RuleCondition.isDimension(dimension)) {
                error("match[" + i + "].dimension", dimension, RuleCondition.DIMENSION_MESSAGE);
            } else if (!seen.add(dimension)) {
                error("match[" + i + "].dimension", dimension, "appears twice: a cost has one value per dimension");
            }
        }
    }

    private void allocate(AllocationRuleRequest rule) {
        var allocate = rule.allocate();
        AllocationMethod method = allocate.method();
        List<ShareSpec> shares = allocate.shares() == null ? List.of() : allocate.shares();
        String named = "for " + method;
        if (method == AllocationMethod.DIRECT) {
            if (allocate.businessUnit() == null) {
                error("allocate.businessUnit", null, "is required " + named);
            } else {
                businessUnit("allocate.businessUnit", allocate.businessUnit(), "allocate.useCase",
                        allocate.useCase());
            }
        } else {
            absent("allocate.businessUnit", allocate.businessUnit(), named);
            absent("allocate.useCase", allocate.useCase(), named);
        }
        if (method != AllocationMethod.USAGE_UNITS) {
            absent("allocate.product", allocate.product(), named);
        } else if (allocate.product() != null && !allocate.product().matches(Codes.PATTERN)) {
            error("allocate.product", allocate.product(), "must be a product code: " + Codes.MESSAGE);
        }
        if (!method.isShared()) {
            if (!shares.isEmpty()) {
                error("allocate.shares", null, "must be absent " + named);
            }
            return;
        }
        if (method == AllocationMethod.FIXED && shares.isEmpty()) {
            error("allocate.shares", null, "is required for FIXED: the business units and their percentages");
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean percentsComplete = true;
        for (int i = 0; i < shares.size(); i++) {
            ShareSpec share = shares.get(i);
            String at = "allocate.shares[" + i + "].";
            if (share.businessUnit() != null && !share.businessUnit().isBlank()) {
                if (!seen.add(share.businessUnit())) {
                    error(at + "businessUnit", share.businessUnit(), "appears twice");
                } else {
                    businessUnit(at + "businessUnit", share.businessUnit(), at + "useCase", share.useCase());
                }
            }
            if (method == AllocationMethod.FIXED) {
                BigDecimal percent = share.percent();
                if (percent == null) {
                    error(at + "percent", null, "is required for FIXED");
                    percentsComplete = false;
                } else if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
                    error(at + "percent", percent.toPlainString(), "must be more than 0 and at most 100");
                    percentsComplete = false;
                } else {
                    sum = sum.add(percent);
                }
            } else if (share.percent() != null) {
                error(at + "percent", share.percent().toPlainString(),
                        "must be absent " + named + " (the split comes from the method)");
            }
        }
        if (method == AllocationMethod.FIXED && percentsComplete && !shares.isEmpty()
                && sum.compareTo(HUNDRED) != 0) {
            error("allocate.shares", sum.toPlainString(),
                    "percentages must add up to exactly 100 (they add up to " + sum.toPlainString() + ")");
        }
    }

    private void businessUnit(String field, String code, String useCaseField, String useCase) {
        Optional<BusinessUnit> unit = code.matches(Codes.PATTERN) ? registry.apply(code) : Optional.empty();
        if (unit.isEmpty()) {
            error(field, code, "is not a registered business unit (POST /v1/business-units first)");
            return;
        }
        if (useCase != null && unit.get().useCases().stream().noneMatch(u -> u.code().equals(useCase))) {
            error(useCaseField, useCase, "is not a use case of business unit " + code);
        }
    }

    private YearMonth month(String field, String value) {
        if (value == null || !value.matches(org.chargeback.chargeback.shared.Months.PATTERN)) {
            return null; // Bean Validation names it
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            error(field, value, org.chargeback.chargeback.shared.Months.MESSAGE);
            return null;
        }
    }

    private void absent(String field, String value, String named) {
        if (value != null) {
            error(field, value, "must be absent " + named);
        }
    }

    private void error(String field, String value, String message) {
        errors.add(ProblemError.field(prefix + field, value, message));
    }
}
