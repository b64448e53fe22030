package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Attacks on the promise that an import is all or nothing and that importing again changes nothing:
 * keys the registry already holds, for the same people or for others, met in the middle of a file
 * written in small batches.
 */
@HomewardTest
class ImportAllOrNothingIT {

    @Autowired
    HouseholdImportService imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    String prefix;

    @BeforeEach
    void uniquePrefix() {
        prefix = "N" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private ImportReport run(Path file, boolean skipInvalid) throws IOException {
        return imports.importFile(
                file,
                new ImportOptions(skipInvalid, folder.resolve("rejected.csv"), "test", 1, "cli:importer"),
                ImportProgress.SILENT);
    }

    private Path file(String name, List<List<String>> rows) throws IOException {
        return ImportFiles.csv(folder.resolve(name), StandardCharsets.UTF_8, false, rows);
    }

    private long stored() {
        return jdbc.sql("SELECT count(*) FROM household WHERE import_key LIKE :prefix")
                .param("prefix", prefix + "%")
                .query(Long.class)
                .single();
    }

    /** A household of two whose individual keys are chosen by the caller. */
    private static List<List<String>> household(String key, String familyLatin, String firstIndividualKey) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : ImportFiles.household(key, "الحموي", familyLatin)) {
            rows.add(new ArrayList<>(row));
        }
        rows.get(0).set(ImportFiles.HEADER.indexOf("individual_key"), firstIndividualKey);
        return rows;
    }

    @Test
    void aHouseholdReusingARegisteredIndividualKeyStopsTheWholeFileBeforeAnythingIsWritten() throws IOException {
        run(file("first.csv", ImportFiles.household(prefix + "A", "الحموي", "Hamwi")), false);
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(ImportFiles.household(prefix + "B", "الحلبي", "Halabi"));
        rows.addAll(ImportFiles.household(prefix + "C", "الإدلبي", "Idlibi"));
        rows.addAll(household(prefix + "D", "Shami", prefix + "A-1"));

        ImportReport report = run(file("second.csv", rows), false);

        assertThat(report.imported()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(6);
            assertThat(problem.column()).isEqualTo("individual_key");
            assertThat(problem.code().name()).isEqualTo("INDIVIDUAL_KEY_TAKEN");
            assertThat(problem.message()).contains(prefix + "A");
        });
        assertThat(stored())
                .as("B and C, in batches before D's, are not written either")
                .isEqualTo(1);
    }

    @Test
    void differentPeopleUnderARegisteredHouseholdKeyAreRefusedNotCountedAsPresent() throws IOException {
        run(file("first.csv", ImportFiles.household(prefix + "A", "الحموي", "Hamwi")), false);
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(ImportFiles.household(prefix + "B", "الحلبي", "Halabi"));
        List<List<String>> impostor = household(prefix + "A", "Darwish", prefix + "A-1");
        rows.addAll(impostor);

        ImportReport report = run(file("second.csv", rows), false);

        assertThat(report.imported()).isFalse();
        assertThat(report.householdsAlreadyPresent()).isZero();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("household_key");
            assertThat(problem.code().name()).isEqualTo("HOUSEHOLD_KEY_TAKEN");
            assertThat(problem.message()).contains(prefix + "A", "member 1", "family_name_latin");
        });
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT i.family_name_latin FROM individual i JOIN household h ON h.id = i.household_id
                        WHERE h.import_key = :key AND i.principal""").param("key", prefix + "A").query(String.class).single())
                .isEqualTo("Hamwi");
    }

    @Test
    void aHouseholdWithAnotherNumberOfMembersUnderARegisteredKeyIsRefused() throws IOException {
        run(file("first.csv", ImportFiles.household(prefix + "A", "الحموي", "Hamwi")), false);
        List<List<String>> onlyThePrincipal =
                List.of(ImportFiles.household(prefix + "A", "الحموي", "Hamwi").get(0));

        ImportReport report = run(file("second.csv", onlyThePrincipal), false);

        assertThat(report.problems())
                .extracting(problem -> problem.code().name())
                .containsExactly("HOUSEHOLD_KEY_TAKEN");
        assertThat(report.problems().get(0).message()).contains("2 members", "the file has 1");
    }

    @Test
    void theSamePeopleAgainAreAlreadyPresentAndTheNewHouseholdsBesideThemAreWritten() throws IOException {
        run(file("first.csv", ImportFiles.household(prefix + "A", "الحموي", "Hamwi")), false);
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(ImportFiles.household(prefix + "A", "الحموي", "Hamwi"));
        rows.addAll(ImportFiles.household(prefix + "B", "الحلبي", "Halabi"));

        ImportReport report = run(file("again.csv", rows), false);

        assertThat(report.problems()).isEmpty();
        assertThat(report.householdsAlreadyPresent()).isEqualTo(1);
        assertThat(report.householdsWritten()).isEqualTo(1);
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void skippingInvalidHouseholdsWritesTheOthersAndRejectsTheCollidingOnesWithTheirReason() throws IOException {
        run(file("first.csv", ImportFiles.household(prefix + "A", "الحموي", "Hamwi")), false);
        List<List<String>> rows = new ArrayList<>();
        rows.addAll(household(prefix + "A", "Darwish", prefix + "X-1"));
        rows.addAll(ImportFiles.household(prefix + "B", "الحلبي", "Halabi"));
        rows.addAll(household(prefix + "C", "Shami", prefix + "A-1"));

        ImportReport report = run(file("mixed.csv", rows), true);

        assertThat(report.imported()).isTrue();
        assertThat(report.householdsWritten()).isEqualTo(1);
        assertThat(report.invalidHouseholds()).isEqualTo(2);
        assertThat(stored()).isEqualTo(2);
        String rejected = Files.readString(folder.resolve("rejected.csv"));
        assertThat(rejected)
                .contains("already in the registry for other people", "already belongs to the registered household")
                .doesNotContain(prefix + "B,");
        assertThat(rejected.lines().filter(line -> line.startsWith(prefix + "C,")))
                .hasSize(2);
    }

    @Test
    void theAuditTrailRecordsTheStartEveryWrittenBatchAndTheEnd() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String key : List.of("A", "B", "C")) {
            rows.addAll(ImportFiles.household(prefix + key, "الحلبي", "Halabi"));
        }
        Path file = file("audited-" + prefix + ".csv", rows);

        run(file, false);

        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT details->>'stage' AS stage, details->>'importId' AS import_id, details->>'sha256' AS sha,
                               (details->>'households')::int AS households, details->'references'->>0 AS first_reference, actor
                        FROM audit_event WHERE action = 'IMPORT' AND target_id = :file ORDER BY id""")
                .param("file", file.getFileName().toString())
                .query()
                .listOfRows();
        assertThat(entries)
                .extracting(entry -> entry.get("stage"))
                .containsExactly("started", "batch", "batch", "batch", "completed");
        assertThat(entries)
                .extracting(entry -> entry.get("import_id"))
                .containsOnly(entries.get(0).get("import_id"));
        assertThat(entries.get(0).get("sha")).isEqualTo(ImportAudit.checksum(file));
        // Batches are written on a worker thread, yet are recorded for the one who ran the import.
        assertThat(entries).extracting(entry -> entry.get("actor")).containsOnly("cli:importer");
        List<String> references = jdbc.sql(
                        "SELECT reference FROM household WHERE import_key LIKE :prefix ORDER BY import_key")
                .param("prefix", prefix + "%")
                .query(String.class)
                .list();
        assertThat(entries.subList(1, 4))
                .extracting(entry -> entry.get("first_reference"))
                .containsExactlyElementsOf(references);
        assertThat(entries.get(4).get("households")).isEqualTo(3);
    }
}
