package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

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

@HomewardTest
class HouseholdImportIT {

    @Autowired
    HouseholdImportService imports;

    @Autowired
    HouseholdExportService exports;

    @Autowired
    HouseholdCommands households;

    @Autowired
    HouseholdQueries householdQueries;

    @Autowired
    ConsentService consents;

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
        return imports.importFile(
                file, new ImportOptions(skipInvalid, folder.resolve("rejected.csv"), "test", 2), ImportProgress.SILENT);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM household WHERE import_key LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .single();
    }

    private List<List<String>> threeHouseholds() {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(withConsent(
                ImportFiles.household(prefix + "A", "الحموي", "Al-Hamwi"),
                "REGISTRATION;REFERRAL;STATISTICS",
                "Syrian Arab Red Crescent;UNHCR",
                "PRINCIPAL",
                "WRITTEN",
                "2025-03-02T09:15:30.125Z"));
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

        UUID id = jdbc.sql("SELECT id FROM household WHERE import_key = :key")
                .param("key", prefix + "B")
                .query(UUID.class)
                .single();
        Household household = householdQueries.find(id);
        assertThat(household.members()).hasSize(2);
        assertThat(household.principal().familyNameLatin()).isEqualTo("Halabi");
        assertThat(household.principal().phone()).isEqualTo("+9613123456");
        assertThat(household.principal().specificNeeds()).containsExactly(SpecificNeed.SERIOUS_MEDICAL_CONDITION);
        assertThat(household.members().get(1).fatherNameAr()).isEqualTo("عبد الرحمن");
        assertThat(householdQueries.history(id))
                .extracting(HouseholdEvent::type)
                .containsExactly("IMPORTED");
    }

    /** The household's rows with consent columns filled on its first row. */
    private static List<List<String>> withConsent(
            List<List<String>> household,
            String purposes,
            String partners,
            String givenBy,
            String method,
            String recordedAt) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : household) {
            rows.add(new ArrayList<>(row));
        }
        List<String> first = rows.get(0);
        String[] values = {purposes, partners, givenBy, method, recordedAt};
        String[] headers = {
            "consent_purposes", "consent_partners", "consent_given_by", "consent_method", "consent_recorded_at"
        };
        for (int i = 0; i < headers.length; i++) {
            first.set(ImportFiles.HEADER.indexOf(headers[i]), values[i] == null ? "" : values[i]);
        }
        return rows;
    }

    private UUID idOf(String key) {
        return jdbc.sql("SELECT id FROM household WHERE import_key = :key")
                .param("key", key)
                .query(UUID.class)
                .single();
    }

    @Test
    void importsTheConsentAFileRecordsAndLeavesOthersNeverAsked() throws IOException {
        List<List<String>> rows = new ArrayList<>(threeHouseholds());
        rows.addAll(withConsent(
                ImportFiles.household(prefix + "D", "الشامي", "Shami"),
                "registration; assistance",
                null,
                "Principal's wife",
                "verbal",
                "2025-03-01"));
        ImportReport report =
                run(ImportFiles.csv(folder.resolve("consent.csv"), StandardCharsets.UTF_8, false, rows), false);
        assertThat(report.problems()).isEmpty();

        Consent recorded = consents.consentOf(idOf(prefix + "A"));
        assertThat(recorded.purposes()).containsExactly(Purpose.REGISTRATION, Purpose.REFERRAL, Purpose.STATISTICS);
        assertThat(recorded.partners()).containsExactly("Syrian Arab Red Crescent", "UNHCR");
        assertThat(recorded.givenBy()).isEqualTo("PRINCIPAL");
        assertThat(recorded.method()).isEqualTo("WRITTEN");
        assertThat(recorded.recordedAt()).isEqualTo(java.time.Instant.parse("2025-03-02T09:15:30.125Z"));
        assertThat(recorded.allowsReferralTo("unhcr")).isTrue();

        Consent byDate = consents.consentOf(idOf(prefix + "D"));
        assertThat(byDate.purposes()).containsExactly(Purpose.REGISTRATION, Purpose.ASSISTANCE);
        assertThat(byDate.method()).isEqualTo("VERBAL");
        assertThat(byDate.recordedAt()).isEqualTo(java.time.Instant.parse("2025-03-01T00:00:00Z"));
        assertThat(householdQueries.history(idOf(prefix + "D")).get(0).details())
                .containsEntry("consent", List.of("REGISTRATION", "ASSISTANCE"));

        Consent neverAsked = consents.consentOf(idOf(prefix + "B"));
        assertThat(neverAsked.recordedAt()).isNull();
        assertThat(neverAsked.purposes()).containsExactly(Purpose.REGISTRATION);
    }

    @Test
    void consentThatBreaksTheRulesIsReportedByRowAndColumnAndNothingIsWritten() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(withConsent(
                ImportFiles.household(prefix + "P", "الحموي", "Hamwi"),
                "REGISTRATION;SELLING",
                null,
                "PRINCIPAL",
                "WRITTEN",
                null));
        rows.addAll(withConsent(
                ImportFiles.household(prefix + "Q", "الحلبي", "Halabi"),
                "REFERRAL",
                null,
                null,
                "SHOUTED",
                "2999-01-01"));
        rows.addAll(withConsent(
                ImportFiles.household(prefix + "R", "الحمصي", "Homsi"),
                "STATISTICS",
                null,
                "PRINCIPAL",
                "DIGITAL",
                "yesterday"));
        ImportReport report =
                run(ImportFiles.csv(folder.resolve("bad-consent.csv"), StandardCharsets.UTF_8, false, rows), false);

        assertThat(report.problems())
                .extracting(
                        ImportProblem::row,
                        ImportProblem::column,
                        problem -> problem.code().name())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(2L, "consent_purposes", "PURPOSE_UNKNOWN"),
                        org.assertj.core.groups.Tuple.tuple(4L, "consent_partners", "PARTNERS_MISSING"),
                        org.assertj.core.groups.Tuple.tuple(4L, "consent_method", "CONSENT_METHOD_INVALID"),
                        org.assertj.core.groups.Tuple.tuple(4L, "consent_given_by", "CONSENT_GIVER_MISSING"),
                        org.assertj.core.groups.Tuple.tuple(4L, "consent_recorded_at", "DATE_IN_FUTURE"),
                        org.assertj.core.groups.Tuple.tuple(6L, "consent_recorded_at", "DATE_INVALID"));
        assertThat(stored()).isZero();
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
        Path file = ImportFiles.csv(
                folder.resolve("arabic.csv"),
                CsvInterchangeReader.WINDOWS_ARABIC,
                false,
                ImportFiles.household(prefix + "W", "الحموي", "Hamwi"));
        ImportReport report = run(file, false);
        assertThat(report.note()).contains("Windows-1256");
        assertThat(report.householdsWritten()).isEqualTo(1);
        String name = jdbc.sql("SELECT i.given_name_ar FROM individual i JOIN household h ON h.id = i.household_id "
                        + "WHERE h.import_key = :key AND i.principal")
                .param("key", prefix + "W")
                .query(String.class)
                .single();
        assertThat(name).isEqualTo("عبد الرحمن");
    }

    @Test
    void exportImportedUnderNewKeysExportsTheSameAgain() throws IOException {
        run(ImportFiles.csv(folder.resolve("three.csv"), StandardCharsets.UTF_8, false, threeHouseholds()), false);
        Path firstExport = folder.resolve("first.csv");
        exports.export(firstExport, ExportFormat.CSV, done -> {});
        List<String> first = Files.readAllLines(firstExport).stream()
                .filter(line -> line.startsWith(prefix))
                .toList();
        assertThat(first).hasSize(6);
        assertThat(first)
                .filteredOn(line -> line.startsWith(prefix + "A,"))
                .first()
                .asString()
                .contains(
                        ",REGISTRATION;REFERRAL;STATISTICS,Syrian Arab Red Crescent;UNHCR,PRINCIPAL,WRITTEN,2025-03-02T09:15:30.125Z,");

        String copyPrefix = "R" + prefix.substring(1);
        List<String> renamed =
                first.stream().map(line -> line.replace(prefix, copyPrefix)).toList();
        Path copy = folder.resolve("copy.csv");
        Files.write(
                copy,
                java.util.stream.Stream.concat(
                                Files.readAllLines(firstExport).stream().limit(1), renamed.stream())
                        .toList());
        ImportReport report = run(copy, false);
        assertThat(report.problems()).isEmpty();
        assertThat(report.householdsWritten()).isEqualTo(3);

        Path secondExport = folder.resolve("second.csv");
        exports.export(secondExport, ExportFormat.CSV, done -> {});
        List<String> second = Files.readAllLines(secondExport).stream()
                .filter(line -> line.startsWith(copyPrefix))
                .toList();
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
        ImportReport report =
                run(ImportFiles.csv(folder.resolve("words.csv"), StandardCharsets.UTF_8, false, rows), false);
        assertThat(report.problems()).isEmpty();
        assertThat(jdbc.sql("SELECT destination_pcode FROM household WHERE import_key = :key")
                        .param("key", prefix + "P")
                        .query(String.class)
                        .single())
                .isEqualTo("SY100403");

        List<List<String>> ambiguous = new ArrayList<>();
        for (List<String> row : ImportFiles.household(prefix + "Q", "الحموي", "Hamwi")) {
            List<String> changed = new ArrayList<>(row);
            if (!changed.get(ImportFiles.HEADER.indexOf("destination_pcode")).isEmpty()) {
                changed.set(ImportFiles.HEADER.indexOf("destination_pcode"), "Suran");
            }
            ambiguous.add(changed);
        }
        ImportReport refused =
                run(ImportFiles.csv(folder.resolve("suran.csv"), StandardCharsets.UTF_8, false, ambiguous), false);
        assertThat(refused.problems()).anySatisfy(problem -> {
            assertThat(problem.code().name()).isEqualTo("PLACE_AMBIGUOUS");
            assertThat(problem.column()).isEqualTo("destination_pcode");
        });
        assertThat(stored()).isEqualTo(1);
    }
}
