package org.chargeback.chargeback.statement.dto;

import org.chargeback.chargeback.statement.Reconciliation;
import org.chargeback.chargeback.statement.StatementRun;
import org.chargeback.chargeback.statement.UnallocatedCost;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A statement run: every statement of the month as it is now, and whether the month's costs add up. */
@Schema(name = "StatementRunView")
public record StatementRunView(
        UUID id,
        @Schema(example = "2026-10") String month,
        @Schema(example = "USD") String currency,
        Instant createdAt,
        @Schema(description = "Every statement of the month: the issued ones (kept) and the drafts of this run")
        List<StatementSummary> statements,
        ReconciliationView reconciliation,
        @Schema(description = "Provider costs no rule and no business unit tag claimed, per service category")
        List<UnallocatedCostView> unallocatedCosts) {

    public static StatementRunView from(StatementRun run) {
        return new StatementRunView(run.id(), run.month().toString(), run.currency().getCurrencyCode(),
                run.createdAt(), run.statements().stream().map(StatementSummary::from).toList(),
                ReconciliationView.from(run.reconciliation()),
                run.unallocatedCosts().stream().map(UnallocatedCostView::from).toList());
    }

    /**
     * allocatedTotal + unallocatedTotal = costTotal rounded HALF_EVEN to the minor unit, when reconciled; the same for
     * EffectiveCost.
     */
    @Schema(name = "ReconciliationView")
    public record ReconciliationView(
            @Schema(example = "USD") String currency,
            @Schema(description = "The month's provider BilledCost total, full precision", example = "1500.004")
            BigDecimal costTotal,
            @Schema(description = "Showback of every statement of the month", example = "1234.56")
            BigDecimal allocatedTotal,
            @Schema(description = "Provider cost no rule and no tag claimed (on the platform team's statement)",
                    example = "265.44")
            BigDecimal unallocatedTotal,
            @Schema(description = "BilledCost: allocated + unallocated = costTotal rounded to the cent")
            boolean reconciled,
            @Schema(description = "costTotal rounded minus allocated and unallocated; 0 when reconciled",
                    example = "0.00") BigDecimal difference,
            @Schema(description = "The month's provider EffectiveCost total, full precision", example = "1480.12")
            BigDecimal effectiveCostTotal,
            @Schema(description = "EffectiveCost on the statements (allocated and unallocated lines)",
                    example = "1480.12") BigDecimal effectiveStatementTotal,
            BigDecimal effectiveDifference,
            boolean effectiveReconciled,
            @Schema(description = "Both measures reconcile") boolean balanced) {

        public static ReconciliationView from(Reconciliation r) {
            return new ReconciliationView(r.currency().getCurrencyCode(), r.costTotal(), r.allocatedTotal().amount(),
                    r.unallocatedTotal().amount(), r.reconciled(), r.difference().amount(), r.effectiveCostTotal(),
                    r.effectiveStatementTotal().amount(), r.effectiveDifference().amount(), r.effectiveReconciled(),
                    r.balanced());
        }
    }

    /** Untagged provider cost of one service category. */
    @Schema(name = "UnallocatedCostView")
    public record UnallocatedCostView(
            @Schema(example = "Compute") String serviceCategory,
            @Schema(description = "Exact BilledCost", example = "265.444") BigDecimal billedCost,
            @Schema(description = "Rounded with the run's showback lines", example = "265.44") BigDecimal amount) {

        static UnallocatedCostView from(UnallocatedCost c) {
            return new UnallocatedCostView(c.serviceCategory(), c.billedCost(), c.amount().amount());
        }
    }
}
