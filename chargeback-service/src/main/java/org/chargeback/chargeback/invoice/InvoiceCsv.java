package org.chargeback.chargeback.invoice;

import java.math.BigDecimal;
import java.util.List;

/**
 * An invoice as CSV for ledgers that import files (RFC 4180: comma, CRLF, quotes doubled): a header row and one row
 * per line, each row repeating the invoice's identity, dates, business unit and cost center so every row books on
 * its own. Unrated lines have empty unitPrice and amount. Amounts plain, never in scientific notation. Pure.
 */
final class InvoiceCsv {

    static final List<String> COLUMNS = List.of("invoiceNumber", "issueDate", "dueDate", "businessUnit",
            "businessUnitName", "costCenter", "month", "statementId", "lineNumber", "description", "quantity",
            "unitPrice", "amount", "currency", "invoiceTotal");

    private InvoiceCsv() {
    }

    static String of(Invoice invoice) {
        StringBuilder csv = new StringBuilder();
        row(csv, COLUMNS);
        for (Invoice.Line line : invoice.lines()) {
            row(csv, List.of(invoice.number(), invoice.issueDate().toString(), invoice.dueDate().toString(),
                    invoice.businessUnit(), text(invoice.businessUnitName()), text(invoice.costCenter()),
                    invoice.month().toString(), invoice.statementId().toString(), String.valueOf(line.lineNumber()),
                    line.description(), plain(line.quantity()), plain(line.unitPrice()),
                    line.amount() == null ? "" : plain(line.amount().amount()), invoice.currency().getCurrencyCode(),
                    plain(invoice.total().amount())));
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
