package org.chargeback.chargeback.page;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class PageFormatsTest {

    @ParameterizedTest
    @CsvSource({"1234.56, '1,234.56'", "1234.50, '1,234.50'", "0.00, 0.00", "-12.30, -12.30",
            "1234567.01, '1,234,567.01'", "0.005, 0.005", "12, 12"})
    void shouldWriteTheApiAmountDigitForDigitWithThousandsSeparators(String amount, String shown) {
        assertThat(PageFormats.money(new BigDecimal(amount))).isEqualTo(shown);
        assertThat(new BigDecimal(shown.replace(",", ""))).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest
    @CsvSource({"18.2, +18.2 %", "-3.0, -3.0 %", "0, 0 %"})
    void shouldSignPercentages(String percent, String shown) {
        assertThat(PageFormats.signedPercent(new BigDecimal(percent))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"VENDOR_AND_API, Vendor and API", "INFRASTRUCTURE_AND_COMPUTE, Infrastructure and compute",
            "TALENT, Talent"})
    void shouldLabelBudgetCategories(String key, String label) {
        assertThat(StatementPageService.categoryLabel(key)).isEqualTo(label);
    }
}
