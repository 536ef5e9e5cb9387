package org.chargeback.chargeback.page;

import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How the page writes numbers: the API's values, digit for digit, with thousands separators. An amount keeps the
 * scale the API gave it (1234.50 -> "1,234.50"); nothing is rounded here.
 */
@TemplateExtension
public final class PageFormats {

    /** The same, for values that may be null: {@code {fmt:money(x)}}, {@code {fmt:plain(x)}} write "–" for null. */
    @TemplateExtension(namespace = "fmt")
    public static final class Nullable {
        private Nullable() {
        }

        public static String money(BigDecimal amount) {
            return PageFormats.money(amount);
        }

        public static String plain(BigDecimal number) {
            return PageFormats.plain(number);
        }
    }

    private PageFormats() {
    }

    /** {@code {amount.money}}: "1,234.56", "-12.30"; "–" for null. */
    public static String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
        format.setMinimumFractionDigits(Math.max(amount.scale(), 0));
        format.setMaximumFractionDigits(Math.max(amount.scale(), 0));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }

    /** {@code {number.plain}}: a rate or quantity as the API writes it, without exponent; "–" for null. */
    public static String plain(BigDecimal number) {
        return number == null ? "–" : number.toPlainString();
    }

    /** {@code {number.signedPercent}}: "+18.2 %", "-3.0 %"; "–" for null. */
    public static String signedPercent(BigDecimal percent) {
        if (percent == null) {
            return "–";
        }
        return (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + " %";
    }
}
