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
        @Schema(description = "Provider costs without a business unit tag, per service category")
        List<UnallocatedCostView> unallocatedCosts) {

    public static StatementRunView from(StatementRun run) {
        return new StatementRunView(run.id(), run.month().toString(), run.currency().getCurrencyCode(),
                run.createdAt(), run.statements().stream().map(StatementSummary::from).toList(),
                ReconciliationView.from(run.reconciliation()),
                run.unallocatedCosts().stream().map(UnallocatedCostView::from).toList());
    }

    /** allocatedTotal + unallocatedTotal = costTotal rounded HALF_EVEN to the minor unit, when reconciled. */
    @Schema(name = "ReconciliationView")
    public record ReconciliationView(
            @Schema(example = "USD") String currency,
            @Schema(description = "The month's provider BilledCost total, full precision", example = "1500.004")
            BigDecimal costTotal,
            @Schema(description = "Showback of every statement of the month", example = "1234.56")
            BigDecimal allocatedTotal,
            @Schema(description = "Costs without a business unit tag", example = "265.44")
            BigDecimal unallocatedTotal,
            boolean reconciled) {

        static ReconciliationView from(Reconciliation r) {
            return new ReconciliationView(r.currency().getCurrencyCode(), r.costTotal(), r.allocatedTotal().amount(),
                    r.unallocatedTotal().amount(), r.reconciled());
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
