package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The interchange export and the rejected-rows file never hand a spreadsheet a formula, are
 * readable by their owner only, and the export still imports back to the very same values.
 */
@HomewardTest
class SpreadsheetSafeExportIT {

    private static final String SITE = "=HYPERLINK(\"http://evil.example\",\"open\")";

    @Autowired
    HouseholdImportService imports;

    @Autowired
    HouseholdExportService exports;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    private ImportReport run(Path file, boolean skipInvalid) throws IOException {
        return imports.importFile(
                file, new ImportOptions(skipInvalid, folder.resolve("rejected.csv"), "test", 2), ImportProgress.SILENT);
    }

    private static List<List<String>> formulaHousehold(String key) {
        List<List<String>> rows = new ArrayList<>(ImportFiles.household(key, "الحموي", "Hamwi"));
        List<String> principal = new ArrayList<>(rows.get(0));
        principal.set(ImportFiles.HEADER.indexOf("registration_site"), SITE);
        principal.set(ImportFiles.HEADER.indexOf("phone"), "+963 944 123 456");
        rows.set(0, principal);
        return rows;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    private Household stored(String key) {
        UUID id = jdbc.sql("SELECT id FROM household WHERE import_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
        return householdQueries.find(id);
    }

    @Test
    void theExportQuotesFormulaLookingCellsAndImportsBackToTheSameValues() throws IOException {
        String key = "F" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(run(
                                ImportFiles.csv(
                                        folder.resolve("in.csv"), StandardCharsets.UTF_8, false, formulaHousehold(key)),
                                false)
                        .problems())
                .isEmpty();
        Household original = stored(key);
        assertThat(original.principal().phone()).startsWith("+963");

        Path export = folder.resolve("export.csv");
        exports.export(export, ExportFormat.CSV, done -> {});
        assertThat(Files.getPosixFilePermissions(export)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<CSVRecord> mine =
                records(export).stream().filter(row -> row.get(0).equals(key)).toList();
        CSVRecord principal = mine.get(0);
        assertThat(principal.get(ImportFiles.HEADER.indexOf("registration_site")))
                .isEqualTo("'" + SITE);
        assertThat(principal.get(ImportFiles.HEADER.indexOf("phone")))
                .isEqualTo("'" + original.principal().phone());
        assertThat(mine)
                .allSatisfy(row -> row.forEach(cell -> assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")));

        String copyKey = "C" + key.substring(1);
        List<String> lines = Files.readAllLines(export);
        List<String> copy = new ArrayList<>(List.of(lines.get(0)));
        lines.stream()
                .filter(line -> line.startsWith(key + ","))
                .map(line -> line.replace(key, copyKey))
                .forEach(copy::add);
        Path again = Files.write(folder.resolve("again.csv"), copy);
        assertThat(run(again, false).problems()).isEmpty();
        Household back = stored(copyKey);
        assertThat(back.registrationSite()).isEqualTo(SITE);
        assertThat(back.principal().phone()).isEqualTo(original.principal().phone());
        assertThat(back.principal().givenNameAr())
                .isEqualTo(original.principal().givenNameAr());
        assertThat(back.principal().familyNameLatin()).isEqualTo("Hamwi");
    }

    @Test
    void rejectedRowsAreWrittenOwnerOnlyWithTheirFormulasNeutralised() throws IOException {
        String key = "J" + UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = new ArrayList<>(formulaHousehold(key));
        List<String> principal = new ArrayList<>(rows.get(0));
        principal.set(ImportFiles.HEADER.indexOf("sex"), "@SUM(1+1)");
        rows.set(0, principal);
        run(ImportFiles.csv(folder.resolve("bad.csv"), StandardCharsets.UTF_8, false, rows), true);
        Path rejected = folder.resolve("rejected.csv");
        assertThat(Files.getPosixFilePermissions(rejected)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        CSVRecord row = records(rejected).stream()
                .filter(record -> record.get(0).equals(key))
                .findFirst()
                .orElseThrow();
        assertThat(row.get(ImportFiles.HEADER.indexOf("sex"))).isEqualTo("'@SUM(1+1)");
        assertThat(row.get(ImportFiles.HEADER.indexOf("registration_site"))).isEqualTo("'" + SITE);
    }
}
