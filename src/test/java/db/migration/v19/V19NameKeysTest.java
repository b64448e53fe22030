package db.migration.v19;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.homeward.demo.DemoPopulationGenerator;
import org.homeward.demo.DemoSettings;
import org.homeward.demo.GenerationProgress;
import org.homeward.linkage.engine.NameRole;
import org.homeward.linkage.engine.SearchKeys;
import org.homeward.registry.FoldedSpellings;
import org.homeward.registry.NameChain;
import org.homeward.registry.NameChainKeys;
import org.homeward.registry.NamePart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frozen key rules of V19 against the live rules: they agree today on a generated population and on
 * every spelling of the list of names, and they are a copy, so a change to the live rules cannot change
 * what the migration writes.
 */
class V19NameKeysTest {

    private static final String[][] COLUMNS = {
        {"given_name_ar", "father_name_ar", "grandfather_name_ar", "family_name_ar"},
        {"given_name_latin", "father_name_latin", "grandfather_name_latin", "family_name_latin"}
    };

    private final NameChainKeys live = new NameChainKeys(
            new FoldedSpellings(), (name, part) -> SearchKeys.ofName(name, NameRole.valueOf(part.name())));

    @Test
    void frozenRulesGiveTheLiveKeysOfAGeneratedPopulation(@TempDir Path folder) throws Exception {
        new DemoPopulationGenerator(DemoSettings.of(7, LocalDate.of(2026, 3, 15), 3_000))
                .generateInto(folder, GenerationProgress.NONE);
        List<String[][]> chains = new ArrayList<>();
        try (CSVParser rows = CSVParser.parse(
                folder.resolve(DemoPopulationGenerator.HOUSEHOLDS_FILE),
                StandardCharsets.UTF_8,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            for (CSVRecord row : rows) {
                chains.add(new String[][] {values(row, COLUMNS[0]), values(row, COLUMNS[1])});
            }
        }
        assertThat(chains).hasSizeGreaterThan(2_000);
        for (String[][] chain : chains) {
            assertAgree(chain[0], chain[1]);
        }
    }

    @Test
    void frozenRulesGiveTheLiveKeysOfEveryListedSpellingInEveryPart() throws Exception {
        int spellings = 0;
        try (InputStream in = getClass().getResourceAsStream("/linkage/given-names.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                for (int column = 1; column < columns.length; column++) {
                    for (String spelling : columns[column].split(",")) {
                        String name = spelling.strip();
                        assertAgree(
                                new String[] {name, name, name, "ال" + name},
                                new String[] {name, name, name, "Al-" + name});
                        spellings++;
                    }
                }
            }
        }
        assertThat(spellings).isGreaterThan(500);
    }

    @Test
    void awkwardNamesGiveTheLiveKeys() {
        String[] latin = {"Mhd Abdul-Rahman", "Abd al Kareem", "As-Saleh", "Dr. Mohammed"};
        String[] arabic = {"عبد الرحمن", "أحمد", "إبراهيم", "الحموي"};
        assertAgree(arabic, latin);
        assertAgree(new String[] {null, "", " ", "ـ"}, new String[] {"  ", null, "'", "O'Neil"});
    }

    @Test
    void theFrozenRulesAreACopyAndNotTheLiveClasses() {
        // The migration must not reach the live rules, or an old migration would change with them.
        for (Class<?> frozen : List.of(
                FrozenArabicNames.class,
                FrozenLatinNames.class,
                FrozenNameTokens.class,
                FrozenSkeletons.class,
                FrozenSpellings.class,
                V19NameKeys.class)) {
            assertThat(frozen.getPackageName()).isEqualTo("db.migration.v19");
        }
        assertThat(V19NameKeys.of(new String[] {"محمد", null, null, null}, new String[4]))
                .contains("gv:محمد")
                .anyMatch(key -> key.startsWith("gs:"))
                .hasSize(2);
    }

    private void assertAgree(String[] arabic, String[] latin) {
        assertThat(Set.of(V19NameKeys.of(arabic, latin)))
                .as("keys of %s / %s", String.join(" ", nonNull(arabic)), String.join(" ", nonNull(latin)))
                .isEqualTo(Set.of(live.of(new NameChain(
                        new NamePart(arabic[0], latin[0]),
                        new NamePart(arabic[1], latin[1]),
                        new NamePart(arabic[2], latin[2]),
                        new NamePart(arabic[3], latin[3])))));
    }

    private static String[] values(CSVRecord row, String[] columns) {
        String[] values = new String[columns.length];
        for (int c = 0; c < columns.length; c++) {
            String value = row.get(columns[c]);
            values[c] = value == null || value.isEmpty() ? null : value;
        }
        return values;
    }

    private static List<String> nonNull(String[] names) {
        List<String> shown = new ArrayList<>();
        for (String name : names) {
            shown.add(name == null ? "-" : name);
        }
        return shown;
    }
}
