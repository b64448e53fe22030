package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.homeward.HomewardApplication;
import org.homeward.database.EmbeddedDatabase;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code backup} taken while Homeward's database runs, then {@code restore} into a fresh data
 * directory: every household, history event and audit entry is back, the application role reads them,
 * and the audit chain verifies with the key kept apart from the backup.
 */
class BackupRestoreIT {

    private static final Path ROOT = Path.of("target/test-data/backup-restore").toAbsolutePath();
    private static final Path DATA = ROOT.resolve("data");
    private static final Path RESTORED = ROOT.resolve("restored");
    private static final Path BACKUP = ROOT.resolve("homeward.backup");
    private static final String HEADER = "household_key,individual_key,return_type,origin_country,destination_pcode,"
            + "consent_purposes,consent_partners,consent_given_by,consent_method,relationship,given_name_ar,"
            + "given_name_latin,family_name_latin,sex,date_of_birth";
    private static final List<String> COUNTED = List.of("household", "individual", "household_event", "audit_event");

    private record Run(int exitCode, String output) {}

    private record Snapshot(List<Long> counts, long lastAuditEntry) {}

    @Test
    void aBackupTakenWhileRunningRestoresEverythingIntoAFreshDirectoryAndTheAuditChainVerifies() throws Exception {
        emptied(ROOT);
        Files.createDirectories(ROOT);
        try (EmbeddedDatabase running = EmbeddedDatabase.acquire(DATA, true, false)) {
            assertThat(homeward("import", households("before", 12).toString(), "--data-dir", DATA.toString())
                            .exitCode())
                    .isZero();
            assertThat(homeward("audit", "verify", "--data-dir", DATA.toString())
                            .exitCode())
                    .isZero();
            Snapshot backedUp = snapshot(DATA);
            assertThat(backedUp.counts()).allMatch(count -> count > 0);

            Run backup = homeward("backup", BACKUP.toString(), "--data-dir", DATA.toString());
            assertThat(backup.exitCode()).as(backup.output()).isZero();
            assertThat(backup.output()).contains("Wrote the backup of").contains("The audit key is not in the backup");
            assertThat(zipNames(BACKUP)).doesNotContain("audit-key").contains("postgres/backup_label");

            // Written after the backup: the restore must not hold it.
            assertThat(homeward("import", households("after", 3).toString(), "--data-dir", DATA.toString())
                            .exitCode())
                    .isZero();

            Run overwrite = homeward("restore", BACKUP.toString(), "--data-dir", DATA.toString());
            assertThat(overwrite.exitCode()).isEqualTo(2);
            assertThat(overwrite.output()).contains("is not empty").contains("--replace");
            Run again = homeward("backup", BACKUP.toString(), "--data-dir", DATA.toString());
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(again.output()).contains("exists already");

            Run restore = homeward("restore", BACKUP.toString(), "--data-dir", RESTORED.toString());
            assertThat(restore.exitCode()).as(restore.output()).isZero();
            // The key travels apart from the backup; the operator puts it back.
            Files.copy(DATA.resolve("audit-key"), RESTORED.resolve("audit-key"));

            try (ConfigurableApplicationContext restored = startTool(RESTORED)) {
                JdbcClient asApplication = restored.getBean(JdbcClient.class);
                for (int i = 0; i < COUNTED.size(); i++) {
                    assertThat(asApplication
                                    .sql("SELECT count(*) FROM " + COUNTED.get(i))
                                    .query(Long.class)
                                    .single())
                            .as(COUNTED.get(i))
                            .isEqualTo(backedUp.counts().get(i));
                }
                assertThat(asApplication
                                .sql("SELECT count(*) FROM household WHERE import_key LIKE 'after-%'")
                                .query(Long.class)
                                .single())
                        .isZero();
            }
            Run verify = homeward("audit", "verify", "--data-dir", RESTORED.toString());
            assertThat(verify.exitCode()).as(verify.output()).isZero();
            assertThat(verify.output())
                    .contains("Intact up to entry " + backedUp.lastAuditEntry() + ".")
                    .contains("The audit trail is intact.");
        }
    }

    private static Snapshot snapshot(Path data) throws Exception {
        List<Long> counts = new ArrayList<>();
        for (String table : COUNTED) {
            counts.add(PostgresClient.count(data, "SELECT count(*) FROM " + table));
        }
        return new Snapshot(counts, PostgresClient.count(data, "SELECT max(id) FROM audit_event"));
    }

    private static ConfigurableApplicationContext startTool(Path data) {
        ApplicationStarter.applicationClass = HomewardApplication.class;
        DatabaseOptions options = new DatabaseOptions();
        options.dataDirectory = data;
        return ApplicationStarter.startTool(options);
    }

    /** A file of households of two, each with a principal and a daughter. */
    private static Path households(String prefix, int count) throws Exception {
        StringBuilder rows = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < count; i++) {
            String key = prefix + "-" + i;
            rows.append(key)
                    .append(',')
                    .append(key)
                    .append("-1,REFUGEE,LBN,SY020000,,,,,PRINCIPAL,حسن,Hasan,Halabi,M,1975\n");
            rows.append(key)
                    .append(',')
                    .append(key)
                    .append("-2,REFUGEE,LBN,SY020000,,,,,DAUGHTER,سلمى,Salma,Halabi,F,2010-05-01\n");
        }
        Path file = ROOT.resolve(prefix + ".csv");
        Files.writeString(file, rows);
        return file;
    }

    private static List<String> zipNames(Path file) throws Exception {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.stream().map(java.util.zip.ZipEntry::getName).toList();
        }
    }

    private static Run homeward(String... arguments) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            int code = HomewardCommandLine.run(HomewardApplication.class, arguments);
            return new Run(code, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void emptied(Path directory) throws Exception {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
