package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nationality and place of birth in import files: optional columns whose names in either script are
 * read into codes, written with the household and exported again; a bad value is reported by row,
 * column and reason, and nothing of the file is written.
 */
@HomewardTest
class BirthAndNationalityImportIT {

    @Autowired
    HouseholdImportService imports;

    @Autowired
    HouseholdExportService exports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private ImportReport run(Path file) throws IOException {
        return imports.importFile(file, new ImportOptions(false, null, "test", 10), ImportProgress.SILENT);
    }

    /** A household of two whose rows have the given columns set: principal first, daughter second. */
    private static List<List<String>> household(
            String key, Map<String, String> principal, Map<String, String> daughter) {
        List<List<String>> rows = new ArrayList<>(ImportFiles.household(key, "الحموي", "Hamwi"));
        rows.set(0, with(rows.get(0), principal));
        rows.set(1, with(rows.get(1), daughter));
        return rows;
    }

    private static List<String> with(List<String> row, Map<String, String> values) {
        List<String> changed = new ArrayList<>(row);
        values.forEach((column, value) -> changed.set(ImportFiles.HEADER.indexOf(column), value));
        return changed;
    }

    private Map<String, Object> stored(String individualKey) {
        return jdbc.sql(
                        "SELECT nationality, birth_country, birth_place, birth_town FROM individual WHERE import_key = :key")
                .param("key", individualKey)
                .query()
                .singleRow();
    }

    @Test
    void readsNamesInEitherScriptIntoCodesAndExportsThemAgain() throws IOException {
        String key = "BIRTH-" + UUID.randomUUID();
        Path csv = ImportFiles.csv(
                folder.resolve("born.csv"),
                StandardCharsets.UTF_8,
                true,
                household(
                        key,
                        Map.of("nationality", "سوريا", "birth_place", "العريشة"),
                        Map.of("nationality", "Lebanon", "birth_country", "لبنان", "birth_town", "Tripoli")));
        ImportReport report = run(csv);
        assertThat(report.problems()).isEmpty();
        assertThat(report.imported()).isTrue();

        assertThat(stored(key + "-1"))
                .containsEntry("nationality", "SYR")
                .containsEntry("birth_country", "SYR")
                .containsEntry("birth_place", "SY080005")
                .containsEntry("birth_town", null);
        assertThat(stored(key + "-2"))
                .containsEntry("nationality", "LBN")
                .containsEntry("birth_country", "LBN")
                .containsEntry("birth_place", null)
                .containsEntry("birth_town", "Tripoli");

        Path exported = folder.resolve("export.csv");
        exports.export(exported, ExportFormat.CSV, written -> {});
        Map<String, CSVRecord> byIndividual = new java.util.HashMap<>();
        try (Reader reader = Files.newBufferedReader(exported, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                byIndividual.put(record.get("individual_key"), record);
            }
        }
        CSVRecord daughter = byIndividual.get(key + "-2");
        assertThat(daughter.get("nationality")).isEqualTo("LBN");
        assertThat(daughter.get("birth_country")).isEqualTo("LBN");
        assertThat(daughter.get("birth_town")).isEqualTo("Tripoli");
        assertThat(byIndividual.get(key + "-1").get("birth_place")).isEqualTo("SY080005");
    }

    @Test
    void readsTheColumnsFromASpreadsheetToo() throws IOException {
        String key = "BIRTH-X-" + UUID.randomUUID();
        Path xlsx = ImportFiles.xlsx(
                folder.resolve("born.xlsx"),
                household(
                        key,
                        Map.of("nationality", "PSE", "birth_place", "Areesheh"),
                        Map.of("birth_country", "Türkiye")));
        ImportReport report = run(xlsx);
        assertThat(report.problems()).isEmpty();
        assertThat(stored(key + "-1")).containsEntry("nationality", "PSE").containsEntry("birth_place", "SY080005");
        assertThat(stored(key + "-2")).containsEntry("birth_country", "TUR").containsEntry("nationality", null);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("nationality", "Narnia", "COUNTRY_UNKNOWN"),
                Arguments.of("nationality", "Mal", "COUNTRY_AMBIGUOUS"),
                Arguments.of("birth_country", "XYZ", "COUNTRY_UNKNOWN"),
                Arguments.of("birth_place", "Atlantis", "PLACE_UNKNOWN"),
                Arguments.of("birth_place", "SY999999", "PLACE_UNKNOWN"),
                Arguments.of("birth_town", "Tripoli", "BIRTH_TOWN_WITHOUT_COUNTRY"),
                Arguments.of("birth_town", "<b>Tripoli</b>", "BIRTH_TOWN_INVALID"));
    }

    @ParameterizedTest(name = "{0} = {1}: {2}")
    @MethodSource("badValues")
    void reportsTheRowColumnAndReasonOfABadValueAndWritesNothing(String column, String value, String code)
            throws IOException {
        String key = "BIRTH-BAD-" + UUID.randomUUID();
        // The first household is good; the bad value is on the second household's daughter (row 5).
        List<List<String>> rows = new ArrayList<>(household(key + "-good", Map.of("nationality", "SYR"), Map.of()));
        rows.addAll(household(key, Map.of(), Map.of(column, value)));
        Path file = ImportFiles.csv(folder.resolve("bad.csv"), StandardCharsets.UTF_8, false, rows);
        ImportReport report = run(file);
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.code().name()).isEqualTo(code);
            assertThat(problem.row()).isEqualTo(5);
            assertThat(problem.column()).isEqualTo(column);
            assertThat(problem.message()).isNotBlank();
        });
        assertThat(jdbc.sql("SELECT count(*) FROM household WHERE import_key LIKE :prefix")
                        .param("prefix", key + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesAPlaceInSyriaBesideAForeignCountryOfBirth() throws IOException {
        String key = "BIRTH-BOTH-" + UUID.randomUUID();
        Path file = ImportFiles.csv(
                folder.resolve("both.csv"),
                StandardCharsets.UTF_8,
                false,
                household(key, Map.of("birth_place", "SY080005", "birth_country", "LBN"), Map.of()));
        ImportReport report = run(file);
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.code().name()).isEqualTo("BIRTH_PLACE_OUTSIDE_SYRIA");
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo("birth_place");
        });
        assertThat(jdbc.sql("SELECT count(*) FROM household WHERE import_key = :key")
                        .param("key", key)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
