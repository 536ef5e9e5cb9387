package org.chargeback.ingestion.cost;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The x_ columns of a row become one JSON object, in header order, the same instance for the same values. */
class CostRowParserTest {

    private static final String[] HEADER = (FocusFiles.HEADER.replace(",x_Marker", "") + ",x_Team,x_Env").split(",");

    private static String[] row(String team, String env) {
        String base = FocusFiles.row("2031-03", "1.5", "AI and Machine Learning", null); // no tags: no quoted commas
        String withoutMarker = base.substring(0, base.lastIndexOf(','));
        return (withoutMarker + "," + team + "," + env).split(",", -1);
    }

    @Test
    void shouldWriteTheXColumnsOfEachRowAsOneObject() {
        ImportFindings findings = new ImportFindings(100, false);
        CostRowParser parser = CostRowParser.forHeader(HEADER, findings);
        CostRowParser.ParsedRow out = new CostRowParser.ParsedRow();

        assertThat(parser.parse(2, row("core", "prod"), findings, out)).isTrue();
        assertThat(out.xColumns).isEqualTo("{\"x_Team\":\"core\",\"x_Env\":\"prod\"}");
        assertThat(parser.parse(3, row("core", ""), findings, out)).isTrue();
        String teamOnly = out.xColumns;
        assertThat(teamOnly).isEqualTo("{\"x_Team\":\"core\"}");
        assertThat(parser.parse(4, row("", "te\"st"), findings, out)).isTrue();
        assertThat(out.xColumns).isEqualTo("{\"x_Env\":\"te\\\"st\"}");
        assertThat(parser.parse(5, row("", ""), findings, out)).isTrue();
        assertThat(out.xColumns).isNull();
        assertThat(parser.parse(6, row(new String("core"), ""), findings, out)).isTrue();
        assertThat(out.xColumns).isSameAs(teamOnly); // the rollup compares its keys' values by reference first
        assertThat(findings.errorCount()).isZero();
    }
}
