package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ChildHomeward;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.Test;

/**
 * Kills (-9) a process in the middle of a large import, and shows that every acknowledged household
 * is there after the restart, no household is half-written, and running the import again completes it.
 */
class ImportCrashIT {

    private static final int HOUSEHOLDS = 30_000;
    private static final int MEMBERS = 5;
    private static final Pattern WRITTEN = Pattern.compile("writing\\s+\\[[# ]*]\\s+\\d+%\\s+([\\d,]+)/([\\d,]+) rows");

    @Test
    void acknowledgedHouseholdsSurviveKillNineAndTheImportCompletesWhenRunAgain() throws Exception {
        Path data = Path.of("target/test-data/crash-" + UUID.randomUUID()).toAbsolutePath();
        Path file = writeLargeFile(
                Files.createDirectories(data.getParent()).resolve("crash-" + UUID.randomUUID() + ".csv"));
        AtomicLong acknowledgedRows = new AtomicLong();
        try (ChildHomeward child = ChildHomeward.start(
                line -> acknowledged(line, acknowledgedRows),
                "import",
                file.toString(),
                "--data-dir",
                data.toString(),
                "--batch-size",
                "250")) {
            long deadline = System.nanoTime() + 240_000_000_000L;
            while (acknowledgedRows.get() < HOUSEHOLDS * MEMBERS / 5
                    && child.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(child.isAlive())
                    .as("the import should still be running: %s", child.output())
                    .isTrue();
            child.killHard();
        }
        long acknowledged = acknowledgedRows.get();
        assertThat(acknowledged).isPositive().isLessThan((long) HOUSEHOLDS * MEMBERS);
        assertThat(PostgresClient.serverAlive(data))
                .as("the database server is left running as an orphan")
                .isTrue();
        // Every household the killed import wrote is covered by a batch entry of the audit trail, written with it.
        long written = PostgresClient.count(data, "SELECT count(*) FROM household");
        assertThat(written).isPositive();
        assertThat(PostgresClient.count(data, """
                SELECT coalesce(sum((details->>'households')::int), 0) FROM audit_event
                WHERE action = 'IMPORT' AND details->>'stage' = 'batch'""")).isEqualTo(written);
        assertThat(PostgresClient.count(data, """
                SELECT count(*) FROM household h WHERE NOT EXISTS (
                    SELECT 1 FROM audit_event a WHERE a.action = 'IMPORT' AND a.details->>'stage' = 'batch'
                      AND a.details->'references' @> to_jsonb(h.reference))""")).isZero();
        assertThat(PostgresClient.count(data, """
                SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND details->>'stage' = 'started'""")).isEqualTo(1);

        // A new process finds the orphaned server, stops it cleanly and starts its own; the import completes.
        try (ChildHomeward again = ChildHomeward.start(
                line -> {}, "import", file.toString(), "--data-dir", data.toString(), "--batch-size", "250")) {
            assertThat(again.waitFor()).as(String.join("\n", again.output())).isZero();
            assertThat(String.join("\n", again.output())).contains("were already present");
        }
        try (ChildHomeward reader =
                ChildHomeward.start(line -> {}, "serve", "--data-dir", data.toString(), "--server.port=0")) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (!reader.output().stream().anyMatch(line -> line.contains("Started HomewardApplication"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(PostgresClient.count(data, "SELECT count(*) FROM household"))
                    .isEqualTo(HOUSEHOLDS);
            assertThat(PostgresClient.count(data, "SELECT count(*) FROM individual"))
                    .isEqualTo((long) HOUSEHOLDS * MEMBERS);
            assertThat(PostgresClient.count(data, """
                    SELECT count(*) FROM household h
                    WHERE (SELECT count(*) FROM individual i WHERE i.household_id = h.id) <> 5
                       OR (SELECT count(*) FROM household_event e WHERE e.household_id = h.id) <> 1""")).isZero();
            // The large import set the name indexes aside; whatever the kill interrupted, they are back and usable.
            assertThat(PostgresClient.count(data, """
                    SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                    WHERE c.relname IN ('individual_search_text', 'individual_name_keys') AND i.indisvalid""")).isEqualTo(2);
        }
    }

    private static void acknowledged(String line, AtomicLong rows) {
        Matcher matcher = WRITTEN.matcher(line);
        if (matcher.find()) {
            rows.set(Long.parseLong(matcher.group(1).replace(",", "")));
        }
    }

    private static Path writeLargeFile(Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write(String.join(",", ImportFiles.HEADER) + "\n");
            String[] relationships = {"PRINCIPAL", "SPOUSE", "SON", "DAUGHTER", "SON"};
            String[] sexes = {"M", "F", "M", "F", "M"};
            for (int h = 0; h < HOUSEHOLDS; h++) {
                for (int m = 0; m < MEMBERS; m++) {
                    List<String> row = ImportFiles.row(
                            "household_key",
                            "CRASH-" + h,
                            "individual_key",
                            "CRASH-" + h + "-" + m,
                            "return_type",
                            "REFUGEE",
                            "origin_country",
                            "TUR",
                            "crossing_point",
                            "BAB_AL_HAWA",
                            "destination_pcode",
                            "SY070000",
                            "relationship",
                            relationships[m],
                            "given_name_ar",
                            "حسن",
                            "given_name_latin",
                            "Hasan",
                            "family_name_ar",
                            "الإدلبي",
                            "family_name_latin",
                            "Idlibi",
                            "sex",
                            sexes[m],
                            "date_of_birth",
                            String.valueOf(1960 + (h + m * 7) % 60));
                    out.write(String.join(",", row) + "\n");
                }
            }
        }
        return file;
    }
}
