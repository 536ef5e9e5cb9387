package org.chargeback.chargeback.statement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The content hash of a statement: SHA-256 over a canonical text of everything a reader of the statement sees
 * (identity, totals, every line with every amount), so anyone can prove an issued statement never changed. Links
 * added later (superseded by, voided) are not content and are not hashed. Pure.
 */
public final class StatementHash {

    private StatementHash() {
    }

    public static String of(Statement s) {
        StringBuilder text = new StringBuilder();
        field(text, s.id(), s.month(), s.businessUnit(), s.businessUnitName(), s.costCenter(), s.version(),
                s.currency().getCurrencyCode(), s.totals().showback().amount(), s.totals().manual().amount(),
                s.totals().chargeback().amount(), s.totals().unallocated().amount(), s.supersedesId());
        for (StatementLine l : s.lines()) {
            field(text, l.lineNumber(), l.kind(), l.description(), l.unroundedAmount(),
                    l.amount() == null ? null : l.amount().amount());
            if (l.cost() != null) {
                StatementLine.Cost c = l.cost();
                field(text, c.source(), c.budgetCategory(), c.workloadCategory(), c.useCase(), c.serviceCategory(),
                        c.serviceName(), c.effectiveCost(), c.effectiveAmount() == null ? null
                                : c.effectiveAmount().amount(), c.ruleCode(), c.ruleVersion(), c.reference());
            }
            if (l.charge() != null) {
                StatementLine.Charge c = l.charge();
                field(text, c.product(), c.unit(), c.quantity(), c.unitPrice(), c.priceVersionId(), c.tierLines());
            }
            if (l.adjustment() != null) {
                StatementLine.Adjustment a = l.adjustment();
                field(text, a.originalStatementId(), a.originalMonth(), a.product(), a.cause());
            }
            if (l.waiver() != null) {
                field(text, l.waiver().waivedBy(), l.waiver().reason());
            }
        }
        for (UsageRow u : s.usage()) {
            field(text, u.useCase(), u.product(), u.quantity(), u.eventCount(), u.tokensIn(), u.tokensOut(),
                    u.tokenEventCount(), u.tokenQuantity());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private static void field(StringBuilder text, Object... values) {
        for (Object value : values) {
            // Numbers by value, not by scale: 1.50 and 1.5 are the same amount once stored in numeric.
            String written = value instanceof java.math.BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : Objects.toString(value, "");
            text.append(written.length()).append(':').append(written).append('|');
        }
        text.append('\n');
    }
}
