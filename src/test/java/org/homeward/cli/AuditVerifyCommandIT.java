package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.homeward.HomewardApplication;
import org.homeward.access.AuditEntry;
import org.homeward.access.AuditTrail;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** {@code audit verify} as an administrator runs it, before and after an intruder changed an entry. */
class AuditVerifyCommandIT {

    private static final Path DATA =
            Path.of("target/test-data/audit-verify-cli").toAbsolutePath();

    @Test
    void reportsTheIntactTrailAndItsAnchorThenTheEntryAnIntruderChanged() throws Exception {
        emptied(DATA);
        ApplicationStarter.applicationClass = HomewardApplication.class;
        DatabaseOptions options = new DatabaseOptions();
        options.dataDirectory = DATA;
        try (ConfigurableApplicationContext running = ApplicationStarter.startTool(options)) {
            AuditTrail audit = running.getBean(AuditTrail.class);
            for (int i = 0; i < 3; i++) {
                audit.record(new AuditEntry("READ_HOUSEHOLD", "household", "h-" + i, null, null), "officer.amal");
            }
            long last = JdbcClient.create(PostgresClient.superuserDataSource(DATA))
                    .sql("SELECT max(id) FROM audit_event")
                    .query(Long.class)
                    .single();

            Run first = verify();
            assertThat(first.exitCode()).as(first.output()).isZero();
            assertThat(first.output())
                    .contains("Intact up to entry " + last + ".")
                    .contains("The audit trail is intact.");
            // The command anchored the head as it stopped; the next run confirms that anchor.
            Run intact = verify();
            assertThat(intact.exitCode()).as(intact.output()).isZero();
            assertThat(intact.output()).contains("Last confirmed anchor: entry " + last + ",");

            JdbcClient superuser = JdbcClient.create(PostgresClient.superuserDataSource(DATA));
            superuser.sql("ALTER TABLE audit_event DISABLE TRIGGER ALL").update();
            superuser
                    .sql("UPDATE audit_event SET actor = 'admin' WHERE id = :id")
                    .param("id", last - 1)
                    .update();
            superuser.sql("ALTER TABLE audit_event ENABLE TRIGGER ALL").update();

            Run broken = verify();
            assertThat(broken.exitCode()).as(broken.output()).isEqualTo(4);
            assertThat(broken.output())
                    .contains("Intact up to entry " + (last - 2) + ".")
                    .contains("BROKEN at entry " + (last - 1) + ": changed");
        }
    }

    private record Run(int exitCode, String output) {}

    private static Run verify() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new AuditCommand()).execute("verify", "--data-dir", DATA.toString());
            return new Run(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
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
