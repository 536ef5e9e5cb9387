package org.chargeback.chargeback.budget.dto;

import org.chargeback.chargeback.category.BudgetCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "PortfolioView", description = "Spend by budget category against the typical ranges of an AI budget")
public record PortfolioView(String month, String businessUnit, String currency, BigDecimal total,
                            List<Category> categories) {

    @Schema(name = "PortfolioCategory")
    public record Category(BudgetCategory budgetCategory, BigDecimal amount, BigDecimal sharePercent,
                           BigDecimal typicalLowPercent, BigDecimal typicalHighPercent, boolean outOfRange) {
    }
}
