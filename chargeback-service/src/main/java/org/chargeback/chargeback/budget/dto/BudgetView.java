package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.budget.Budget;
import org.chargeback.chargeback.budget.BudgetMath;
import org.chargeback.chargeback.budget.BudgetStatus;
import org.chargeback.chargeback.category.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A budget with its split and where it stands now. */
@Schema(name = "BudgetView")
public record BudgetView(UUID id, String businessUnit, String useCase, BudgetCategory budgetCategory, String period,
                         String periodType, String firstMonth, String lastMonth, String currency,
                         @Schema(description = "As created") BigDecimal originalAmount,
                         @Schema(description = "After reallocations") BigDecimal amount,
                         SplitView split, ThresholdsView thresholds, StatusView status, String createdBy,
                         Instant createdAt) {

    @Schema(name = "BudgetSplitView", description = "The innovation reserve off the top, the governed rest split "
            + "production / scaling / experimental; the parts add up to the amount")
    public record SplitView(BigDecimal innovationReservePercent, BigDecimal innovationReserve,
                            BigDecimal governedAmount, PartView production, PartView scaling,
                            PartView experimental) {
    }

    @Schema(name = "BudgetSplitPart")
    public record PartView(BigDecimal percent, BigDecimal amount) {
    }

    @Schema(name = "BudgetThresholdsView")
    public record ThresholdsView(BigDecimal alertPercent, BigDecimal reviewPercent, BigDecimal approvalPercent) {
    }

    @Schema(name = "BudgetStatusView", description = "Actual spend of the period's standing statements and its "
            + "straight-line projection to the period's end, against the governed amount")
    public record StatusView(BigDecimal actual, BigDecimal projected, BigDecimal percent,
                             BigDecimal projectedPercent, LocalDate evaluatedThrough,
                             @Schema(description = "Highest level the actual reached: ALERT, OPTIMIZATION_REVIEW, "
                                     + "EXECUTIVE_APPROVAL, or null") String level) {
    }

    public static BudgetView from(Budget b, BudgetStatus status) {
        BudgetMath.Split s = b.split();
        return new BudgetView(b.id(), b.businessUnit(), b.useCase(), b.budgetCategory(), b.period().label(),
                b.period().type().name(), b.period().firstMonth().toString(), b.period().lastMonth().toString(),
                b.currency().getCurrencyCode(), b.originalAmount(), b.amount(),
                new SplitView(b.innovationReservePercent(), s.innovationReserve(), s.governed(),
                        new PartView(b.productionPercent(), s.production()),
                        new PartView(b.scalingPercent(), s.scaling()),
                        new PartView(b.experimentalPercent(), s.experimental())),
                new ThresholdsView(b.thresholds().alertPercent(), b.thresholds().reviewPercent(),
                        b.thresholds().approvalPercent()),
                status == null ? null : new StatusView(status.actual(), status.projected(), status.percent(),
                        status.projectedPercent(), status.evaluatedThrough(),
                        status.level() == null ? null : status.level()),
                b.createdBy(), b.createdAt());
    }
}
