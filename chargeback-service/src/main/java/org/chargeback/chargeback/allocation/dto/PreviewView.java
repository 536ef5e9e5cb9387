package org.chargeback.chargeback.allocation.dto;

import org.chargeback.chargeback.allocation.AllocationPreview;
import org.chargeback.chargeback.shared.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** What a rule change would move in a month; nothing was stored. */
@Schema(name = "AllocationPreviewView")
public record PreviewView(
        @Schema(example = "2026-10") String month,
        @Schema(example = "USD") String currency,
        @Schema(description = "The rule versions in force in the month now, in evaluation order")
        List<RuleVersionRef> rulesBefore,
        @Schema(description = "The rule versions that would be in force with the change, in evaluation order")
        List<RuleVersionRef> rulesAfter,
        @Schema(description = "Per business unit by code, then the unallocated rest (businessUnit null)")
        List<BusinessUnitChangeView> businessUnits,
        @Schema(description = "The moves, largest billed cost first, at most 100")
        List<MovedCostView> movedCostGroups,
        @Schema(description = "How many moves there are in all", example = "3")
        int movedCostGroupCount,
        @Schema(description = "True when movedCostGroups lists only the 100 largest moves")
        boolean truncated) {

    public static PreviewView from(AllocationPreview preview) {
        Currency currency = preview.currency();
        return new PreviewView(preview.month().toString(), currency.getCurrencyCode(),
                preview.rulesBefore().stream().map(RuleVersionRef::from).toList(),
                preview.rulesAfter().stream().map(RuleVersionRef::from).toList(),
                preview.businessUnits().stream().map(c -> BusinessUnitChangeView.from(c, currency)).toList(),
                preview.movedCosts().stream().map(MovedCostView::from).toList(), preview.movedCostCount(),
                preview.movedCostCount() > preview.movedCosts().size());
    }

    @Schema(name = "RuleVersionRef", description = "A version of an allocation rule")
    public record RuleVersionRef(@Schema(example = "shared-gpu-cluster") String code,
                                 @Schema(example = "2") int version) {

        static RuleVersionRef from(AllocationPreview.RuleRef ref) {
            return ref == null ? null : new RuleVersionRef(ref.code(), ref.version());
        }
    }

    /**
     * Exact figures (full precision) and, next to them, each rounded HALF_EVEN to the currency's minor unit; the
     * rounded delta is the difference of the rounded figures.
     */
    @Schema(name = "BusinessUnitChangeView")
    public record BusinessUnitChangeView(
            @Schema(description = "Business unit code; null = the unallocated rest", example = "legal",
                    nullable = true)
            String businessUnit,
            @Schema(example = "1200.0049") BigDecimal billedCostBefore,
            @Schema(example = "1680.0049") BigDecimal billedCostAfter,
            @Schema(example = "480") BigDecimal delta,
            @Schema(example = "1200.00") BigDecimal roundedBefore,
            @Schema(example = "1680.00") BigDecimal roundedAfter,
            @Schema(example = "480.00") BigDecimal roundedDelta) {

        static BusinessUnitChangeView from(AllocationPreview.BusinessUnitChange change, Currency currency) {
            Money before = Money.round(change.before(), currency);
            Money after = Money.round(change.after(), currency);
            return new BusinessUnitChangeView(change.businessUnit(), change.before(), change.after(), change.delta(),
                    before.amount(), after.amount(), after.minus(before).amount());
        }
    }

    @Schema(name = "MovedCostView", description = "Billed cost of one cost group that changes business unit")
    public record MovedCostView(
            @Schema(description = "The cost group's dimensions (null = the costs have no value)")
            Map<String, String> dimensions,
            @Schema(description = "Where it was; null = unallocated", example = "customer-support", nullable = true)
            String fromBusinessUnit,
            @Schema(description = "Where it would go; null = unallocated", example = "legal", nullable = true)
            String toBusinessUnit,
            @Schema(description = "Exact; negative when a credit moves", example = "480")
            BigDecimal billedCost,
            @Schema(description = "The rule version that allocated the group before; null = tag or unallocated",
                    nullable = true)
            RuleVersionRef ruleBefore,
            @Schema(description = "The rule version that would allocate it; null = tag or unallocated",
                    nullable = true)
            RuleVersionRef ruleAfter) {

        static MovedCostView from(AllocationPreview.MovedCost move) {
            return new MovedCostView(move.dimensions(), move.fromBusinessUnit(), move.toBusinessUnit(),
                    move.billedCost(), RuleVersionRef.from(move.ruleBefore()), RuleVersionRef.from(move.ruleAfter()));
        }
    }
}
