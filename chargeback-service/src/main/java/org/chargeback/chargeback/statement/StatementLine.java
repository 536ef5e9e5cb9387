package org.chargeback.chargeback.statement;

import org.chargeback.chargeback.category.BudgetCategory;
import org.chargeback.chargeback.category.WorkloadCategory;
import org.chargeback.chargeback.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a statement. The parts that do not apply to its kind are null.
 *
 * @param unroundedAmount the exact amount (cost share, quote amount, adjustment delta) before rounding
 * @param amount          the line amount in the currency's minor unit; null if UNRATED
 */
public record StatementLine(int lineNumber, LineKind kind, String description, BigDecimal unroundedAmount,
                            Money amount, Cost cost, Charge charge, Adjustment adjustment, Waiver waiver) {

    /**
     * SHOWBACK and UNALLOCATED lines: the cost's categories and origin.
     *
     * @param effectiveCost   exact FOCUS EffectiveCost (provider lines; null for entries)
     * @param effectiveAmount it rounded with the run (largest remainder)
     * @param ruleCode        allocation rule whose version decided (null: business unit tag, entry, unallocated)
     * @param reference       manual entry id or recurring {@code code@vN}
     */
    public record Cost(LineSource source, BudgetCategory budgetCategory, WorkloadCategory workloadCategory,
                       String useCase, String serviceCategory, String serviceName, BigDecimal effectiveCost,
                       Money effectiveAmount, String ruleCode, Integer ruleVersion, String reference) {
    }

    /**
     * CHARGEBACK and UNRATED lines: priced usage.
     *
     * @param unitPrice      price per unit, full precision; null for tiered prices and unrated usage
     * @param priceVersionId pricing's version the quote used (lineage)
     * @param tierLines      pricing's tier, discount and minimum lines as JSON (null when flat)
     */
    public record Charge(String product, String unit, BigDecimal quantity, BigDecimal unitPrice,
                         String priceVersionId, String tierLines) {
    }

    /** ADJUSTMENT lines: the issued statement it corrects and why. */
    public record Adjustment(UUID originalStatementId, String originalMonth, String product, String cause) {
    }

    /** An UNRATED line someone accepted to issue without a price. */
    public record Waiver(Instant waivedAt, String waivedBy, String reason) {
    }

    StatementLine numbered(int number) {
        return new StatementLine(number, kind, description, unroundedAmount, amount, cost, charge, adjustment, waiver);
    }

    StatementLine withWaiver(Waiver newWaiver) {
        return new StatementLine(lineNumber, kind, description, unroundedAmount, amount, cost, charge, adjustment,
                newWaiver);
    }

    boolean isProviderCost() {
        return cost != null && cost.source() == LineSource.PROVIDER;
    }
}
