package org.chargeback.ingestion.cost;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Plain JUnit: the hand-written checks on the import's hot path agree with the spec and with Jackson. */
class FocusValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "12", "-12.5", "0.00000080000", "1.5E-7", "1e5", "-3.2E+4", ".5", "5."})
    void shouldAcceptFocusNumbers(String value) {
        assertThat(FocusValues.isDecimal(value)).isTrue();
        assertThat(FocusValues.decimal(value)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+1", "1,5", "$10", "10,100.00", "1e", "1.2.3", "e5", "12 ", "NaN", "1/3", "--1"})
    void shouldRejectWhatFocusForbidsOrIsAmbiguous(String value) {
        assertThat(FocusValues.isDecimal(value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "plain|text",
            "quote|say \"hi\"",
            "backslash|C:\\path\\to",
            "tab|a\tb",
            "unicode|Zürich – 東京"})
    void shouldWriteJsonThatJacksonReadsBackUnchanged(String key, String value) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(key, value);
        values.put("x_Other", "line one\nline two\u0001");
        String json = CostRowParser.writeJson(values);
        assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(values);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.000", ".5", "5.", "-0.00012", "123456789012345678", "-12345678901234567.8",
            "1234567890123456789", "99999999999999999999.5", "2846.652", "-7"})
    void shouldReadPlainDecimalsWithTheirScale(String value) {
        assertThat(FocusValues.plainDecimal(value)).isEqualTo(new java.math.BigDecimal(value));
    }
}
