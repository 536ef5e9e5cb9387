package org.chargeback.deploy.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark company: the same from run to run, shaped as the statements issue asks, and well-formed. */
class StatementWorldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldGenerateTheSameRowsEveryTime() {
        assertThat(rows(new StatementWorld(), 2000)).isEqualTo(rows(new StatementWorld(), 2000));
    }

    @Test
    void shouldWriteCsvRowsWithEveryHeaderColumnAndTagsAsJson() throws IOException {
        StringBuilder file = new StringBuilder(StatementWorld.HEADER).append('\n').append(rows(new StatementWorld(), 5000));
        CsvMapper csv = new CsvMapper();
        csv.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        int columns = StatementWorld.HEADER.split(",").length;
        int tagsColumn = List.of(StatementWorld.HEADER.split(",")).indexOf("Tags");
        int tagged = 0;
        Set<String> businessUnits = new HashSet<>();
        try (MappingIterator<String[]> it = csv.readerFor(String[].class).readValues(file.toString())) {
            it.next(); // header
            while (it.hasNext()) {
                String[] row = it.next();
                assertThat(row).hasSize(columns);
                JsonNode tags = JSON.readTree(row[tagsColumn]);
                assertThat(tags.has("env")).isTrue();
                if (tags.has(StatementWorld.BUSINESS_UNIT_TAG)) {
                    tagged++;
                    businessUnits.add(tags.get(StatementWorld.BUSINESS_UNIT_TAG).asText());
                }
            }
        }
        assertThat(tagged / 5000.0).isBetween(0.65, 0.75);
        assertThat(businessUnits.size()).isGreaterThan(180);
    }

    @Test
    void shouldHave200BusinessUnitsTwentyServicesAndAFewHundredSkus() {
        StatementWorld world = new StatementWorld();
        assertThat(world.businessUnits).hasSize(200).doesNotHaveDuplicates();
        assertThat(StatementWorld.SERVICES).hasSize(20);
        assertThat(world.skus).hasSizeBetween(200, 400);
        assertThat(StatementWorld.SERVICES.stream().map(StatementWorld.Service::category).distinct().count()).isGreaterThanOrEqualTo(8);
        for (int b = 0; b < 200; b++) {
            assertThat(StatementWorld.productsOf(b).stream().map(StatementWorld.Product::code).distinct()).hasSize(3);
        }
    }

    @Test
    void shouldDefineThirtyRulesOfEveryMethod() throws IOException {
        List<String> rules = new StatementWorld().rules();
        assertThat(rules).hasSize(30);
        List<JsonNode> parsed = new ArrayList<>();
        for (String rule : rules) {
            parsed.add(JSON.readTree(rule));
        }
        assertThat(parsed.stream().map(r -> r.path("code").asText()).distinct()).hasSize(30);
        assertThat(parsed).allSatisfy(r -> assertThat(r.path("code").asText()).matches("[a-z0-9][a-z0-9-]{1,63}"));
        Map<String, Long> methods = parsed.stream()
                .collect(Collectors.groupingBy(r -> r.path("allocate").path("method").asText(), Collectors.counting()));
        assertThat(methods).containsEntry("DIRECT", 20L).containsEntry("NONE", 5L).containsEntry("EVEN", 1L)
                .containsEntry("FIXED", 1L).containsEntry("USAGE_UNITS", 2L).containsEntry("CHARGEBACK_AMOUNT", 1L);
    }

    @Test
    void shouldWriteUsageEventsOfRegisteredUseCasesInTheMonth() throws IOException {
        StringBuilder out = new StringBuilder();
        for (long i = 0; i < 1000; i++) {
            StatementWorld.usageEvent("t", i * 997, out);
        }
        for (String line : out.toString().split("\n")) {
            JsonNode event = JSON.readTree(line);
            int businessUnit = Integer.parseInt(event.path("businessUnit").asText().substring(3));
            assertThat(StatementWorld.productsOf(businessUnit)).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo(event.path("product").asText());
                assertThat(p.useCase()).isEqualTo(event.path("useCase").asText());
            });
            assertThat(event.path("occurredAt").asText()).startsWith("2026-09-");
            assertThat(event.path("attributes").path("tokensIn").isNumber()).isTrue();
        }
    }

    private static String rows(StatementWorld world, int n) {
        StatementWorld.CostRows generator = world.new CostRows(42);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            generator.next(out);
        }
        return out.toString();
    }
}
