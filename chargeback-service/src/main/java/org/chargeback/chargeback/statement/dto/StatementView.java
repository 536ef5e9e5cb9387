package org.chargeback.chargeback.statement.dto;

import org.chargeback.chargeback.shared.Money;
import org.chargeback.chargeback.statement.LineKind;
import org.chargeback.chargeback.statement.Statement;
import org.chargeback.chargeback.statement.StatementDetails;
import org.chargeback.chargeback.statement.StatementInsights;
import org.chargeback.chargeback.statement.StatementLine;
import org.chargeback.chargeback.statement.StatementStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A business unit's statement for a month, with its lines and what they add up to. Amounts in minor units. */
@Schema(name = "StatementView")
public record StatementView(
        UUID id,
        @Schema(description = "The statement run that built it") UUID runId,
        @Schema(example = "2026-10") String month,
        @Schema(example = "customer-support") String businessUnit,
        @Schema(description = "The business unit's name in the registry when the statement was built; null when "
                + "it was not registered", example = "Customer Support") String businessUnitName,
        @Schema(description = "Its cost center then; null when it was not registered", example = "CC-4100")
        String costCenter,
        @Schema(example = "1") int version,
        StatementStatus status,
        @Schema(example = "USD") String currency,
        @Schema(description = "Actual cost: sum of the rounded SHOWBACK lines (provider costs and cost entries)",
                example = "1234.56") BigDecimal showbackTotal,
        @Schema(description = "Of the showback, manual and recurring cost entries", example = "0.00")
        BigDecimal manualTotal,
        @Schema(description = "Billed: sum of the rounded CHARGEBACK and ADJUSTMENT lines, the invoice total",
                example = "1020.00") BigDecimal chargebackTotal,
        @Schema(description = "Provider cost nobody claimed (UNALLOCATED lines, platform team only)", example = "0.00")
        BigDecimal unallocatedTotal,
        Instant createdAt,
        @Schema(description = "Set once issued") Instant issuedAt,
        @Schema(description = "Set once issued", example = "INV-2026-000001") String invoiceNumber,
        @Schema(description = "SHA-256 of the content, set when issued; never changes afterwards",
                example = "sha256:3f1c...") String contentHash,
        @Schema(description = "The version this one restates") UUID supersedesId,
        @Schema(description = "The version that restates this one's showback") UUID supersededById,
        VoidingView voided,
        @Schema(description = "Revision of each cost scope (billingAccountId/billingPeriod) the run read")
        Map<String, Long> scopeRevisions,
        ShowbackView showback,
        RecoveryView recovery,
        List<UnitEconomicsView> unitEconomics,
        VarianceView variance,
        List<LineView> lines) {

    public static StatementView from(StatementDetails d) {
        Statement s = d.statement();
        Statement.Voiding v = s.voiding();
        return new StatementView(s.id(), s.runId(), s.month().toString(), s.businessUnit(), s.businessUnitName(),
                s.costCenter(), s.version(), s.status(), s.currency().getCurrencyCode(), s.showbackTotal().amount(),
                s.totals().manual().amount(), s.chargebackTotal().amount(), s.totals().unallocated().amount(),
                s.createdAt(), s.issuedAt(), s.invoiceNumber(), s.contentHash(), s.supersedesId(),
                s.supersededById(),
                v == null ? null : new VoidingView(v.voidedAt(), v.voidedBy(), v.reason(), v.creditNoteNumber()),
                s.scopeRevisions(), ShowbackView.from(d.showback()), RecoveryView.from(d.recovery()),
                d.unitEconomics().stream().map(UnitEconomicsView::from).toList(), VarianceView.from(d.variance()),
                s.lines().stream().map(LineView::from).toList());
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static final com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>> TIER_LINES =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    /** Stored as pricing sent it (JSON text); shown as JSON again. */
    private static List<Map<String, Object>> json(String text) {
        if (text == null) {
            return null;
        }
        try {
            // Amounts stay exact: numbers are read as BigDecimal.
            return JSON.readerFor(TIER_LINES).with(
                    com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored tier lines", e);
        }
    }

    private static BigDecimal amountOf(Money m) {
        return m == null ? null : m.amount();
    }

    @Schema(name = "StatementVoiding")
    public record VoidingView(Instant voidedAt, String voidedBy, String reason,
                              @Schema(example = "CN-2026-000001") String creditNoteNumber) {
    }

    @Schema(name = "StatementAmount")
    public record AmountView(@Schema(example = "VENDOR_AND_API") String key,
                             @Schema(example = "812.40") BigDecimal amount) {
        static List<AmountView> from(List<StatementInsights.Amount> amounts) {
            return amounts.stream().map(a -> new AmountView(a.key(), a.amount().amount())).toList();
        }
    }

    @Schema(name = "StatementShowback", description = "Showback broken down; each list adds up to showbackTotal "
            + "(topServices: the five largest provider services only)")
    public record ShowbackView(List<AmountView> byBudgetCategory, List<AmountView> byWorkloadCategory,
                               List<AmountView> byUseCase, List<AmountView> topServices) {
        static ShowbackView from(StatementInsights.Showback s) {
            return new ShowbackView(AmountView.from(s.byBudgetCategory()), AmountView.from(s.byWorkloadCategory()),
                    AmountView.from(s.byUseCase()), AmountView.from(s.topServices()));
        }
    }

    @Schema(name = "StatementRecovery", description = "Platform recovery: chargeback minus showback, per product "
            + "(showback of the use cases charged for it) and in total")
    public record RecoveryView(List<ProductRecoveryView> byProduct, BigDecimal total) {
        static RecoveryView from(StatementInsights.Recovery r) {
            return new RecoveryView(r.byProduct().stream().map(p -> new ProductRecoveryView(p.product(),
                    p.chargeback().amount(), p.showback().amount(), p.recovery().amount())).toList(),
                    r.total().amount());
        }
    }

    @Schema(name = "StatementProductRecovery")
    public record ProductRecoveryView(@Schema(example = "support-resolution") String product,
                                      BigDecimal chargeback, BigDecimal showback, BigDecimal recovery) {
    }

    @Schema(name = "StatementUnitEconomics", description = "Per use case: cost per unit (showback attributed to "
            + "the use case / units), value-to-cost ratio where a value per unit is declared, tokens per outcome "
            + "where every event carried token counts")
    public record UnitEconomicsView(String useCase, String product, BigDecimal units, long eventCount,
                                    BigDecimal cost, BigDecimal costPerUnit, BigDecimal valuePerUnit,
                                    BigDecimal value, BigDecimal valueToCostRatio, BigDecimal tokensIn,
                                    BigDecimal tokensOut, long tokenEventCount, BigDecimal tokensPerOutcome) {
        static UnitEconomicsView from(StatementInsights.UnitEconomics u) {
            return new UnitEconomicsView(u.useCase(), u.product(), u.units(), u.eventCount(), amountOf(u.cost()),
                    u.costPerUnit(), u.valuePerUnit(), amountOf(u.value()), u.valueToCostRatio(), u.tokensIn(),
                    u.tokensOut(), u.tokenEventCount(), u.tokensPerOutcome());
        }
    }

    @Schema(name = "StatementVariance", description = "Change against the previous month's statement; flagged "
            + "when the change exceeds thresholdPercent (default 15) or spend appears from zero")
    public record VarianceView(String previousMonth, UUID previousStatementId, ChangeView showback,
                               ChangeView chargeback, BigDecimal thresholdPercent) {
        static VarianceView from(StatementInsights.Variance v) {
            return new VarianceView(v.previousMonth(), v.previousStatementId(), ChangeView.from(v.showback()),
                    ChangeView.from(v.chargeback()), v.thresholdPercent());
        }
    }

    @Schema(name = "StatementChange")
    public record ChangeView(BigDecimal previous, BigDecimal current,
                             @Schema(example = "18.2") BigDecimal changePercent, boolean flagged) {
        static ChangeView from(StatementInsights.Change c) {
            return new ChangeView(amountOf(c.previous()), amountOf(c.current()), c.changePercent(), c.flagged());
        }
    }

    /**
     * One statement line. SHOWBACK: actual cost (provider, manual or recurring entry); CHARGEBACK: priced usage;
     * UNRATED: usage without a price in force (no unitPrice, no amount: never 0); ADJUSTMENT: a change to an issued
     * month; UNALLOCATED: provider cost nobody claimed.
     */
    @Schema(name = "StatementLineView")
    public record LineView(
            int lineNumber,
            LineKind kind,
            @Schema(example = "support-resolution: 1200 resolution x 0.85 USD") String description,
            @Schema(description = "Exact amount before rounding", example = "1020.00") BigDecimal unroundedAmount,
            @Schema(description = "Line amount in the currency's minor unit; null when UNRATED", example = "1020.00")
            BigDecimal amount,
            @Schema(description = "PROVIDER, MANUAL or RECURRING (SHOWBACK, UNALLOCATED)") String source,
            @Schema(example = "VENDOR_AND_API") String budgetCategory,
            @Schema(example = "PRODUCTION_INFERENCE") String workloadCategory,
            @Schema(example = "support-bot") String useCase,
            @Schema(example = "AI and Machine Learning") String serviceCategory,
            @Schema(example = "Amazon Bedrock") String serviceName,
            @Schema(description = "Exact EffectiveCost (provider lines)") BigDecimal effectiveCost,
            @Schema(description = "EffectiveCost rounded with the run") BigDecimal effectiveAmount,
            @Schema(description = "Allocation rule whose version decided (null: business unit tag)") String ruleCode,
            Integer ruleVersion,
            @Schema(description = "Cost entry id or recurring entry code@version") String reference,
            @Schema(example = "support-resolution") String product,
            @Schema(example = "resolution") String unit,
            BigDecimal quantity,
            @Schema(description = "Price per unit, full precision; null for tiered prices") BigDecimal unitPrice,
            @Schema(description = "pricing-service price version behind the amount") String priceVersionId,
            @Schema(description = "pricing's tier, discount and minimum lines: [{kind, from, to, units, rate, amount}]; "
                    + "null for a flat price") List<Map<String, Object>> tierLines,
            @Schema(description = "ADJUSTMENT: the issued statement it corrects") UUID adjustsStatementId,
            @Schema(example = "2026-09") String adjustsMonth,
            @Schema(description = "ADJUSTMENT: why", example = "3 late usage event(s)") String cause,
            @Schema(description = "UNRATED: accepted without a price") Instant waivedAt,
            String waivedBy,
            String waiverReason) {

        static LineView from(StatementLine l) {
            StatementLine.Cost c = l.cost();
            StatementLine.Charge ch = l.charge();
            StatementLine.Adjustment a = l.adjustment();
            StatementLine.Waiver w = l.waiver();
            return new LineView(l.lineNumber(), l.kind(), l.description(), l.unroundedAmount(), amountOf(l.amount()),
                    c == null ? null : c.source().name(),
                    c == null || c.budgetCategory() == null ? null : c.budgetCategory().name(),
                    c == null || c.workloadCategory() == null ? null : c.workloadCategory().name(),
                    c == null ? null : c.useCase(), c == null ? null : c.serviceCategory(),
                    c == null ? null : c.serviceName(), c == null ? null : c.effectiveCost(),
                    c == null ? null : amountOf(c.effectiveAmount()), c == null ? null : c.ruleCode(),
                    c == null ? null : c.ruleVersion(), c == null ? null : c.reference(),
                    ch != null ? ch.product() : a != null ? a.product() : null, ch == null ? null : ch.unit(),
                    ch == null ? null : ch.quantity(), ch == null ? null : ch.unitPrice(),
                    ch == null ? null : ch.priceVersionId(), ch == null ? null : json(ch.tierLines()),
                    a == null ? null : a.originalStatementId(), a == null ? null : a.originalMonth(),
                    a == null ? null : a.cause(), w == null ? null : w.waivedAt(), w == null ? null : w.waivedBy(),
                    w == null ? null : w.reason());
        }
    }
}
