package org.homeward.registry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HomewardTest
class HouseholdImportIT {

    @Autowired
    HouseholdImportService imports;
    @Autowired
    HouseholdExportService exports;
    @Autowired
    HouseholdService households;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path folder;
    String prefix;

    @BeforeEach
    void uniquePrefix() {
        prefix = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private ImportReport run(Path file, boolean skipInvalid) throws IOException {
        return imports.importFile(file, new ImportOptions(skipInvalid, folder.resolve("rejected.csv"), "test", 2),
                ImportProgress.SILENT);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM household WHERE import_key LIKE :prefix").param("prefix", prefix + "%")
                .query(Long.class).single();
    }

    private List<List<String>> threeHouseholds() {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(ImportFiles.household(prefix + "A", "الحموي", "Al-Hamwi"));
        rows.addAll(ImportFiles.household(prefix + "B", "الحلبي", "Halabi"));
        rows.addAll(ImportFiles.household(prefix + "C", "الإدلبي", "El-Idlibi"));
        return rows;
    }

    @Test
    void importsACsvFileAndImportingItAgainCreatesNothingNew() throws IOException {
        Path file = ImportFiles.csv(folder.resolve("three.csv"), StandardCharsets.UTF_8, true, threeHouseholds());

        ImportReport first = run(file, false);
        assertThat(first.problems()).isEmpty();
        assertThat(first.householdsWritten()).isEqualTo(3);
        assertThat(first.individualsWritten()).isEqualTo(6);
        assertThat(stored()).isEqualTo(3);

        ImportReport second = run(file, false);
        assertThat(second.householdsWritten()).isZero();
        assertThat(second.householdsAlreadyPresent()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);

        UUID id = jdbc.sql("SELECT id FROM household WHERE import_key = :key").param("key", prefix + "B")
                .query(UUID.class).single();
        Household household = households.find(id);
        assertThat(household.members()).hasSize(2);
        assertThat(household.principal().familyNameLatin()).isEqualTo("Halabi");
        assertThat(household.principal().phone()).isEqualTo("+9613123456");
        assertThat(household.principal().specificNeeds()).containsExactly(SpecificNeed.SERIOUS_MEDICAL_CONDITION);
        assertThat(household.members().get(1).fatherNameAr()).isEqualTo("عبد الرحمن");
        assertThat(households.history(id)).extracting(HouseholdEvent::type).containsExactly("IMPORTED");
    }

    @Test
    void importsAnXlsxWorkbook() throws IOException {
        ImportReport report = run(ImportFiles.xlsx(folder.resolve("three.xlsx"), threeHouseholds()), false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.householdsWritten()).isEqualTo(3);
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void readsAWindows1256ArabicFileAndSaysSo() throws IOException {
        Path file = ImportFiles.csv(folder.resolve("arabic.csv"), CsvInterchangeReader.WINDOWS_ARABIC, false,
                ImportFiles.household(prefix + "W", "الحموي", "Hamwi"));
        ImportReport report = run(file, false);
        assertThat(report.note()).contains("Windows-1256");
        assertThat(report.householdsWritten()).isEqualTo(1);
        String name = jdbc.sql("SELECT i.given_name_ar FROM individual i JOIN household h ON h.id = i.household_id "
                + "WHERE h.import_key = :key AND i.principal").param("key", prefix + "W").query(String.class).single();
        assertThat(name).isEqualTo("عبد الرحمن");
    }

    @Test
    void exportImportedUnderNewKeysExportsTheSameAgain() throws IOException {
        run(ImportFiles.csv(folder.resolve("three.csv"), StandardCharsets.UTF_8, false, threeHouseholds()), false);
        Path firstExport = folder.resolve("first.csv");
        exports.export(firstExport, ExportFormat.CSV, done -> { });
        List<String> first = Files.readAllLines(firstExport).stream().filter(line -> line.startsWith(prefix)).toList();
        assertThat(first).hasSize(6);

        String copyPrefix = "R" + prefix.substring(1);
        List<String> renamed = first.stream().map(line -> line.replace(prefix, copyPrefix)).toList();
        Path copy = folder.resolve("copy.csv");
        Files.write(copy, java.util.stream.Stream.concat(Files.readAllLines(firstExport).stream().limit(1),
                renamed.stream()).toList());
        ImportReport report = run(copy, false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.householdsWritten()).isEqualTo(3);

        Path secondExport = folder.resolve("second.csv");
        exports.export(secondExport, ExportFormat.CSV, done -> { });
        List<String> second = Files.readAllLines(secondExport).stream().filter(line -> line.startsWith(copyPrefix)).toList();
        assertThat(second).containsExactlyElementsOf(renamed);
    }

    @Test
    void placesWrittenInWordsBecomeTheirPcodesAndAmbiguousOnesAreReportedNotGuessed() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : ImportFiles.household(prefix + "P", "الحموي", "Hamwi")) {
            List<String> changed = new ArrayList<>(row);
            if (!changed.get(ImportFiles.HEADER.indexOf("destination_pcode")).isEmpty()) {
                changed.set(ImportFiles.HEADER.indexOf("destination_pcode"), "دوير رسلان");
            }
            rows.add(changed);
        }
        ImportReport report = run(ImportFiles.csv(folder.resolve("words.csv"), StandardCharsets.UTF_8, false, rows), false);
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.sql("SELECT destination_pcode FROM household WHERE import_key = :key").param("key", prefix + "P")
                .query(String.class).single()).isEqualTo("SY100403");

        List<List<String>> ambiguous = new ArrayList<>();
        for (List<String> row : ImportFiles.household(prefix + "Q", "الحموي", "Hamwi")) {
            List<String> changed = new ArrayList<>(row);
            if (!changed.get(ImportFiles.HEADER.indexOf("destination_pcode")).isEmpty()) {
                changed.set(ImportFiles.HEADER.indexOf("destination_pcode"), "Suran");
            }
            ambiguous.add(changed);
        }
        ImportReport refused = run(ImportFiles.csv(folder.resolve("suran.csv"), StandardCharsets.UTF_8, false, ambiguous), false);
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.code()).isEqualTo("PLACE_AMBIGUOUS");
            assertThat(problem.column()).isEqualTo("destination_pcode");
        });
        assertThat(stored()).isEqualTo(1);
    }
}
