package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name keys an import remembers are the keys the registry works out afresh, in the same order. */
class RememberedNameKeysTest {

    private static final String[] CHAIN = {
        "given_name_ar", "given_name_latin", "father_name_ar", "father_name_latin",
        "grandfather_name_ar", "grandfather_name_latin", "family_name_ar", "family_name_latin"
    };

    private final NameChainKeys live = new NameChainKeys(
            new FoldedSpellings(), (name, part) -> SearchKeys.ofName(name, NameRole.valueOf(part.name())));

    @Test
    void remembersTheLiveKeysOfAGeneratedPopulation(@TempDir Path folder) throws Exception {
        new DemoPopulationGenerator(DemoSettings.of(11, LocalDate.of(2026, 3, 15), 2_000))
                .generateInto(folder, GenerationProgress.NONE);
        List<Individual> people = new ArrayList<>();
        try (CSVParser rows = CSVParser.parse(
                folder.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE),
                StandardCharsets.UTF_8,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            for (CSVRecord row : rows) {
                people.add(named(row));
            }
        }
        assertThat(people).hasSizeGreaterThan(1_500);
        RememberedNameKeys remembered = new RememberedNameKeys(live);
        for (int pass = 0; pass < 2; pass++) {
            for (Individual person : people) {
                assertThat(remembered.of(person)).containsExactly(live.of(person));
            }
        }
    }

    @Test
    void givesNoKeyForAMissingPartAndKeepsThePartsApart() {
        RememberedNameKeys remembered = new RememberedNameKeys(live);
        Individual onlyGiven = named(new String[] {"أحمد", "Ahmad", null, null, null, null, null, null});
        Individual onlyFamily = named(new String[] {null, null, null, null, null, null, "أحمد", "Ahmad"});
        assertThat(remembered.of(onlyGiven)).containsExactly(live.of(onlyGiven)).isNotEmpty();
        assertThat(remembered.of(onlyFamily))
                .containsExactly(live.of(onlyFamily))
                .doesNotContainAnyElementsOf(List.of(live.of(onlyGiven)));
    }

    private static Individual named(CSVRecord row) {
        String[] parts = new String[CHAIN.length];
        for (int i = 0; i < CHAIN.length; i++) {
            String value = row.get(CHAIN[i]);
            parts[i] = value == null || value.isBlank() ? null : value;
        }
        return named(parts);
    }

    private static Individual named(String[] parts) {
        return new Individual(
                null,
                0,
                true,
                Relationship.PRINCIPAL,
                NameChain.of(parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]),
                Sex.F,
                BirthDate.UNKNOWN,
                null,
                null,
                null,
                null,
                List.of());
    }
}
