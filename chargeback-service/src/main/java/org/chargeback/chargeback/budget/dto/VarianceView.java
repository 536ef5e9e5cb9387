package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.category.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "VarianceView", description = "Actual against budget of a month by business unit and budget category")
public record VarianceView(String month, String currency, BigDecimal thresholdPercent, List<Row> rows) {

    @Schema(name = "VarianceRow")
    public record Row(String businessUnit,
                      @Schema(description = "null: the business unit's envelope (every category but the innovation "
                              + "reserve)") BudgetCategory budgetCategory,
                      @Schema(description = "The month's budget (a quarter's in thirds); null when none")
                      BigDecimal budget, BigDecimal actual, BigDecimal variance, BigDecimal variancePercent,
                      boolean flagged) {
    }
}
