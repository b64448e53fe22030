package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad import files: each gets a clear problem naming row, column and reason, and nothing is written. */
@HomewardTest
class ImportBadInputIT {

    @Autowired
    HouseholdImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    long householdsBefore;

    @BeforeEach
    void count() {
        householdsBefore = households();
    }

    private long households() {
        return jdbc.sql("SELECT count(*) FROM household").query(Long.class).single();
    }

    private ImportReport run(Path file) throws IOException {
        return imports.importFile(file, new ImportOptions(false, null, "test", 10), ImportProgress.SILENT);
    }

    private static String key() {
        return "BAD-" + UUID.randomUUID();
    }

    /** One valid household whose principal's row has one value replaced. */
    private static List<List<String>> householdWith(String column, String value) {
        List<List<String>> rows = new ArrayList<>(ImportFiles.household(key(), "الحموي", "Hamwi"));
        List<String> principal = new ArrayList<>(rows.get(0));
        principal.set(ImportFiles.HEADER.indexOf(column), value);
        rows.set(0, principal);
        return rows;
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("date_of_birth", "1985-13-40", "BIRTH_DATE_INVALID"),
                Arguments.of("date_of_birth", "12/03/1985", "BIRTH_DATE_INVALID"),
                Arguments.of("date_of_birth", "2091-01-01", "BIRTH_DATE_IN_FUTURE"),
                Arguments.of("return_type", "TOURIST", "RETURN_TYPE_INVALID"),
                Arguments.of("destination_pcode", "Atlantis", "PLACE_UNKNOWN"),
                Arguments.of("origin_country", "Lebanon", "ORIGIN_COUNTRY_UNKNOWN"),
                Arguments.of("given_name_latin", "A".repeat(10_000), "NAME_TOO_LONG"),
                Arguments.of("given_name_latin", "Robert'); DROP TABLE household;--", "NAME_INVALID_CHARACTERS"),
                Arguments.of("given_name_ar", "<script>alert(1)</script>", "NAME_INVALID_CHARACTERS"),
                Arguments.of("registration_site", "<img src=x onerror=alert(1)>", "TEXT_INVALID"),
                Arguments.of("sex", "unknown", "SEX_INVALID"),
                Arguments.of("phone", "call me maybe", "PHONE_INVALID"),
                Arguments.of("specific_needs", "XX", "SPECIFIC_NEED_UNKNOWN"),
                Arguments.of("relationship", "COUSIN'S FRIEND", "RELATIONSHIP_INVALID"),
                Arguments.of("registered_on", "yesterday", "DATE_INVALID"),
                Arguments.of("journey_status", "DELETED", "JOURNEY_STATUS_INVALID"));
    }

    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("badValues")
    void reportsTheRowColumnAndReasonOfABadValueAndWritesNothing(String column, String value, String code)
            throws IOException {
        Path file =
                ImportFiles.csv(folder.resolve("bad.csv"), StandardCharsets.UTF_8, false, householdWith(column, value));
        ImportReport report = run(file);
        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).anySatisfy(problem -> {
            assertThat(problem.code().name()).isEqualTo(code);
            assertThat(problem.row()).isEqualTo(2);
            assertThat(problem.column()).isEqualTo(column);
        });
        assertThat(households()).isEqualTo(householdsBefore);
        assertThat(jdbc.sql("SELECT to_regclass('household') IS NOT NULL")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void refusesBrokenQuotingWithItsRow() throws IOException {
        Path file = folder.resolve("quotes.csv");
        List<String> valid = ImportFiles.household(key(), "الحموي", "Hamwi").get(0);
        Files.writeString(
                file,
                String.join(",", ImportFiles.HEADER) + "\n" + String.join(",", valid) + "\n" + "\"" + key()
                        + ",\"unclosed,REFUGEE\n");
        InterchangeFileException problem = catchThrowableOfType(InterchangeFileException.class, () -> run(file));
        assertThat(problem.problem().code().name()).isEqualTo("CSV_MALFORMED");
        assertThat(problem.problem().row()).isEqualTo(3);
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void reportsRowsWithTheWrongNumberOfCells() throws IOException {
        Path file = folder.resolve("short.csv");
        List<String> valid = ImportFiles.household(key(), "الحموي", "Hamwi").get(0);
        Files.writeString(
                file,
                String.join(",", ImportFiles.HEADER) + "\n" + String.join(",", valid.subList(0, valid.size() - 3))
                        + "\n");
        ImportReport report = run(file);
        assertThat(report.problems())
                .extracting(problem -> problem.code().name())
                .contains("ROW_WRONG_LENGTH");
        assertThat(report.problems().get(0).row()).isEqualTo(2);
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void refusesUnknownColumnsEmptyFilesAndBinaryNoise() throws IOException {
        Path unknown = folder.resolve("unknown.csv");
        Files.writeString(unknown, "household_key,return_type,destination_pcode,relationship,sex,favourite_colour\n");
        assertThat(catchThrowableOfType(InterchangeFileException.class, () -> run(unknown))
                        .problem()
                        .code()
                        .name())
                .isEqualTo("COLUMN_UNKNOWN");

        Path missing = folder.resolve("missing.csv");
        Files.writeString(missing, "household_key,given_name_ar\nK1,محمد\n");
        assertThat(catchThrowableOfType(InterchangeFileException.class, () -> run(missing))
                        .problem()
                        .code()
                        .name())
                .isEqualTo("COLUMN_MISSING");

        Path empty = Files.createFile(folder.resolve("empty.csv"));
        assertThat(catchThrowableOfType(InterchangeFileException.class, () -> run(empty))
                        .problem()
                        .code()
                        .name())
                .isEqualTo("FILE_EMPTY");

        Path noise = folder.resolve("noise.csv");
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(noise, bytes);
        assertThat(catchThrowableOfType(InterchangeFileException.class, () -> run(noise))
                        .problem()
                        .code()
                        .name())
                .isEqualTo("ENCODING_UNSUPPORTED");

        Path fakeWorkbook = folder.resolve("fake.xlsx");
        Files.write(fakeWorkbook, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(catchThrowableOfType(InterchangeFileException.class, () -> run(fakeWorkbook))
                        .problem()
                        .code()
                        .name())
                .isEqualTo("XLSX_UNREADABLE");
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void aFiftyMegabyteFileOfBadRowsIsReadToTheEndReportedAndNothingWritten() throws IOException {
        Path big = folder.resolve("big.csv");
        List<String> row =
                new ArrayList<>(ImportFiles.household("X", "الحموي", "Hamwi").get(0));
        row.set(ImportFiles.HEADER.indexOf("sex"), "?");
        long rows = 0;
        try (Writer out = Files.newBufferedWriter(big)) {
            out.write(String.join(",", ImportFiles.HEADER) + "\n");
            while (Files.size(big) < 50L * 1024 * 1024 || rows % 1000 != 0) {
                row.set(0, "BIG-" + rows);
                row.set(1, "BIG-" + rows + "-1");
                out.write(String.join(",", row) + "\n");
                rows++;
                if (rows % 1000 == 0) {
                    out.flush();
                }
            }
        }
        ImportReport report = run(big);
        assertThat(report.rows()).isEqualTo(rows);
        assertThat(report.problemCount()).isEqualTo(rows);
        assertThat(report.problems()).hasSize(ImportReport.MAX_PROBLEMS);
        assertThat(report.imported()).isFalse();
        assertThat(households()).isEqualTo(householdsBefore);
    }

    @Test
    void skippingInvalidHouseholdsImportsTheValidOnesAndWritesTheRejectedRowsWithReasons() throws IOException {
        String good = key();
        List<List<String>> rows = new ArrayList<>(ImportFiles.household(good, "الحموي", "Hamwi"));
        rows.addAll(householdWith("date_of_birth", "2091-01-01"));
        Path file = ImportFiles.csv(folder.resolve("mixed.csv"), StandardCharsets.UTF_8, false, rows);
        Path rejected = folder.resolve("rejected.csv");
        ImportReport report =
                imports.importFile(file, new ImportOptions(true, rejected, "test", 10), ImportProgress.SILENT);
        assertThat(report.householdsWritten()).isEqualTo(1);
        assertThat(report.invalidHouseholds()).isEqualTo(1);
        assertThat(households()).isEqualTo(householdsBefore + 1);
        List<String> rejectedLines = Files.readAllLines(rejected);
        assertThat(rejectedLines).hasSize(3);
        assertThat(rejectedLines.get(0)).endsWith(",problems");
        assertThat(rejectedLines.get(1)).contains("date_of_birth: The date of birth lies in the future");
        assertThat(rejectedLines.get(2)).contains("another row of this household has problems");
    }
}
