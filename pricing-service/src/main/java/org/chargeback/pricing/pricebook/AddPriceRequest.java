package org.chargeback.pricing.pricebook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.chargeback.pricing.rating.PriceModel;
import org.chargeback.pricing.rating.Tier;
import org.chargeback.support.problem.ProblemError;
import org.chargeback.support.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** Body of {@code POST /v1/products/{code}/prices}. Which fields a model needs is checked by {@link #validate}. */
@Schema(name = "AddPriceRequest", description = "A new price version: list price (no businessUnit) or a business "
        + "unit's override (its own model and rate, or discountPercent on the list price)")
public record AddPriceRequest(
        @Schema(description = "flat, package, graduated, volume or cost-plus; omit only with discountPercent",
                example = "flat", enumeration = {"flat", "package", "graduated", "volume", "cost-plus"})
        String model,
        @Schema(description = "flat: price of one unit; package: price of one package. Any precision.",
                example = "0.05")
        BigDecimal unitRate,
        @Schema(description = "graduated/volume: tiers per month, upTo increasing, rates never rising, last upTo null")
        List<Tier> tiers,
        @Schema(description = "package: units per package; a started package is charged whole (rounded up)",
                example = "1000")
        BigDecimal packageSize,
        @Schema(description = "Least a business unit pays per month under this price", example = "500.00")
        BigDecimal minimumMonthly,
        @Schema(description = "cost-plus: the month's EffectiveCost of the FOCUS rows with this tag", 
                example = "tag:use-case=support-bot")
        String costPool,
        @Schema(description = "cost-plus: markup on the cost per unit, 0.15 = 15 %", example = "0.15")
        BigDecimal markup,
        @Schema(description = "Scope: a business unit's override; absent = the list price for everyone",
                example = "legal")
        @Size(max = 100)
        String businessUnit,
        @Schema(description = "A business unit's discount on the list price in force, 0 to 100 (no model then)",
                example = "10")
        BigDecimal discountPercent,
        @Schema(description = "ISO 4217 currency code (not for a discount)", example = "USD", pattern = "[A-Z]{3}")
        String currency,
        @Schema(description = "First day in force (inclusive, from 00:00 UTC)", example = "2026-12-01")
        @NotNull
        LocalDate effectiveFrom,
        @Schema(description = "Optional first day no longer in force (exclusive); absent = until the next version",
                example = "2027-01-01")
        LocalDate effectiveTo,
        @Schema(description = "Set to true to knowingly change a price inside a frozen (issued) month: recorded as "
                + "a retroactive correction and announced in /v1/price-changes", example = "false")
        Boolean retroactiveCorrection,
        @Schema(description = "Why the price changes", example = "FY27 price: cheaper model routing")
        @NotBlank @Size(max = 500)
        String reason,
        @Schema(description = "Who changes it", example = "platform-ai@example.com")
        @NotBlank @Size(max = 200)
        String changedBy) {

    static final Pattern COST_POOL = Pattern.compile("tag:[^=\\s]+=\\S.*");

    /**
     * Checks which fields the model needs and refuses the ones it does not use, naming every bad field at once.
     *
     * @throws ProblemException 400 {@code /problems/invalid-request}
     */
    NewPriceVersion validate(String productCode) {
        List<ProblemError> errors = new ArrayList<>();
        PriceModel parsedModel = null;
        String scope = blankToNull(businessUnit);
        if (discountPercent != null) {
            if (model != null) {
                errors.add(ProblemError.field("model", model, "must be absent with discountPercent"));
            }
            if (scope == null) {
                errors.add(ProblemError.field("businessUnit", null, "is required with discountPercent"));
            }
            if (discountPercent.signum() < 0 || discountPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(field("discountPercent", discountPercent, "must be between 0 and 100"));
            }
            absent(errors, "unitRate", unitRate);
            absent(errors, "tiers", tiers);
            absent(errors, "packageSize", packageSize);
            absent(errors, "costPool", costPool);
            absent(errors, "markup", markup);
            absent(errors, "currency", currency);
            absent(errors, "minimumMonthly", minimumMonthly);
        } else if (model == null) {
            errors.add(ProblemError.field("model", null,
                    "is required: flat, package, graduated, volume or cost-plus (or give discountPercent)"));
        } else {
            parsedModel = PriceModel.fromJson(model).orElse(null);
            if (parsedModel == null) {
                errors.add(ProblemError.field("model", model, "must be one of flat, package, graduated, volume, cost-plus"));
            }
            if (currency == null) {
                errors.add(ProblemError.field("currency", null, "must not be null"));
            } else if (!isIsoCurrency(currency)) {
                errors.add(ProblemError.field("currency", currency, "must be an ISO 4217 currency code such as EUR or USD"));
            }
            nonNegative(errors, "minimumMonthly", minimumMonthly);
            if (parsedModel != null) {
                checkModel(parsedModel, errors);
            }
        }
        if (effectiveFrom != null && effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
            errors.add(ProblemError.field("effectiveTo", effectiveTo.toString(), "must be after effectiveFrom"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.stream().map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElseThrow(), errors);
        }
        return new NewPriceVersion(productCode, scope, parsedModel, unitRate, tiers, packageSize, minimumMonthly,
                blankToNull(costPool), markup, discountPercent,
                currency == null ? null : Currency.getInstance(currency), effectiveFrom, effectiveTo,
                Boolean.TRUE.equals(retroactiveCorrection), reason.strip(), changedBy.strip());
    }

    private void checkModel(PriceModel m, List<ProblemError> errors) {
        switch (m) {
            case FLAT -> {
                required(errors, "unitRate", unitRate);
                nonNegative(errors, "unitRate", unitRate);
                absent(errors, "tiers", tiers);
                absent(errors, "packageSize", packageSize);
                absent(errors, "costPool", costPool);
                absent(errors, "markup", markup);
            }
            case PACKAGE -> {
                required(errors, "unitRate", unitRate);
                nonNegative(errors, "unitRate", unitRate);
                required(errors, "packageSize", packageSize);
                if (packageSize != null && packageSize.signum() <= 0) {
                    errors.add(field("packageSize", packageSize, "must be greater than 0"));
                }
                absent(errors, "tiers", tiers);
                absent(errors, "costPool", costPool);
                absent(errors, "markup", markup);
            }
            case GRADUATED, VOLUME -> {
                absent(errors, "unitRate", unitRate);
                absent(errors, "packageSize", packageSize);
                absent(errors, "costPool", costPool);
                absent(errors, "markup", markup);
                checkTiers(errors);
            }
            case COST_PLUS -> {
                absent(errors, "unitRate", unitRate);
                absent(errors, "tiers", tiers);
                absent(errors, "packageSize", packageSize);
                if (costPool == null || !COST_POOL.matcher(costPool.strip()).matches()) {
                    errors.add(ProblemError.field("costPool", costPool,
                            "must name the costs shared as tag:KEY=VALUE, e.g. tag:use-case=support-bot"));
                }
                required(errors, "markup", markup);
                nonNegative(errors, "markup", markup);
            }
        }
    }

    private void checkTiers(List<ProblemError> errors) {
        if (tiers == null || tiers.isEmpty()) {
            errors.add(ProblemError.field("tiers", null, "must list at least one tier"));
            return;
        }
        BigDecimal previousUpTo = BigDecimal.ZERO;
        BigDecimal previousRate = null;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String at = "tiers[" + i + "]";
            if (tier == null) {
                errors.add(ProblemError.field(at, null, "must not be null"));
                continue;
            }
            boolean last = i == tiers.size() - 1;
            if (last && tier.upTo() != null) {
                errors.add(field(at + ".upTo", tier.upTo(), "must be null in the last tier (no upper bound)"));
            } else if (!last && tier.upTo() == null) {
                errors.add(ProblemError.field(at + ".upTo", null, "is required in every tier but the last"));
            } else if (!last && tier.upTo().compareTo(previousUpTo) <= 0) {
                errors.add(field(at + ".upTo", tier.upTo(), "must be greater than the previous tier's upTo ("
                        + previousUpTo.toPlainString() + ")"));
            }
            if (tier.unitRate() == null) {
                errors.add(ProblemError.field(at + ".unitRate", null, "must not be null"));
            } else if (tier.unitRate().signum() < 0) {
                errors.add(field(at + ".unitRate", tier.unitRate(), "must be greater than or equal to 0"));
            } else if (previousRate != null && tier.unitRate().compareTo(previousRate) > 0) {
                errors.add(field(at + ".unitRate", tier.unitRate(), "must not exceed the previous tier's rate ("
                        + previousRate.toPlainString() + "): rates fall with volume"));
            }
            if (tier.upTo() != null) {
                previousUpTo = tier.upTo();
            }
            if (tier.unitRate() != null) {
                previousRate = tier.unitRate();
            }
        }
    }

    private static void required(List<ProblemError> errors, String name, Object value) {
        if (value == null) {
            errors.add(ProblemError.field(name, null, "is required for this model"));
        }
    }

    private static void absent(List<ProblemError> errors, String name, Object value) {
        if (value != null) {
            errors.add(ProblemError.field(name, String.valueOf(value instanceof BigDecimal d ? d.toPlainString() : value),
                    "must be absent for this model"));
        }
    }

    private static void nonNegative(List<ProblemError> errors, String name, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            errors.add(field(name, value, "must be greater than or equal to 0"));
        }
    }

    private static ProblemError field(String name, BigDecimal value, String message) {
        return ProblemError.field(name, value.toPlainString(), message);
    }

    private static boolean isIsoCurrency(String value) {
        try {
            return Currency.getInstance(value).getCurrencyCode().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
