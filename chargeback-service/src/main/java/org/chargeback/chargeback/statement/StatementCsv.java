package org.chargeback.chargeback.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A statement as CSV for spreadsheets and ledgers (RFC 4180: comma, CRLF, quotes doubled): a header block with the
 * statement's identity and totals as "#"-free key rows, then one row per line. Amounts plain, never in scientific
 * notation. Pure.
 */
public final class StatementCsv {

    static final List<String> LINE_COLUMNS = List.of("lineNumber", "kind", "description", "source", "budgetCategory",
            "workloadCategory", "useCase", "serviceCategory", "serviceName", "product", "unit", "quantity",
            "unitPrice", "unroundedAmount", "amount", "currency", "ruleCode", "ruleVersion", "priceVersionId",
            "adjustsStatementId", "cause");

    private StatementCsv() {
    }

    public static String of(Statement s) {
        StringBuilder csv = new StringBuilder();
        String currency = s.currency().getCurrencyCode();
        row(csv, List.of("statementId", "month", "businessUnit", "businessUnitName", "costCenter", "version", "status",
                "currency", "showbackTotal", "chargebackTotal", "unallocatedTotal", "invoiceNumber", "contentHash"));
        row(csv, List.of(s.id().toString(), s.month().toString(), s.businessUnit(), text(s.businessUnitName()),
                text(s.costCenter()), String.valueOf(s.version()), s.status().name(), currency,
                plain(s.showbackTotal().amount()), plain(s.chargebackTotal().amount()),
                plain(s.totals().unallocated().amount()), text(s.invoiceNumber()), text(s.contentHash())));
        csv.append("\r\n");
        row(csv, LINE_COLUMNS);
        for (StatementLine l : s.lines()) {
            StatementLine.Cost c = l.cost();
            StatementLine.Charge ch = l.charge();
            StatementLine.Adjustment a = l.adjustment();
            row(csv, List.of(String.valueOf(l.lineNumber()), l.kind().name(), l.description(),
                    c == null ? "" : c.source().name(),
                    c == null || c.budgetCategory() == null ? "" : c.budgetCategory().name(),
                    c == null || c.workloadCategory() == null ? "" : c.workloadCategory().name(),
                    c == null ? "" : text(c.useCase()), c == null ? "" : text(c.serviceCategory()),
                    c == null ? "" : text(c.serviceName()),
                    ch != null ? ch.product() : a != null ? a.product() : "", ch == null ? "" : text(ch.unit()),
                    ch == null ? "" : plain(ch.quantity()), ch == null ? "" : plain(ch.unitPrice()),
                    plain(l.unroundedAmount()), l.amount() == null ? "" : plain(l.amount().amount()), currency,
                    c == null ? "" : text(c.ruleCode()),
                    c == null || c.ruleVersion() == null ? "" : c.ruleVersion().toString(),
                    ch == null ? "" : text(ch.priceVersionId()),
                    a == null ? "" : a.originalStatementId().toString(), a == null ? "" : a.cause()));
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String v = values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                csv.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(v);
            }
        }
        csv.append("\r\n");
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
