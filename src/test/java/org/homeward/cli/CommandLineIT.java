package org.homeward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.ChildHomeward;
import org.homeward.HomewardApplication;
import org.homeward.database.EmbeddedDatabase;
import org.homeward.database.PostgresClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every command of {@code homeward} that works on the registry, run end to end through the real
 * command line against an embedded PostgreSQL, with real files, checking what it did to the data
 * and what it said. (figures export, dedup and allocate have their own tests: FiguresCommandIT,
 * DedupCommandTest, AllocateCommandTest.)
 */
class CommandLineIT {

    private static final Path DATA =
            Path.of("target/test-data/cli-" + UUID.randomUUID()).toAbsolutePath();
    private static final String HEADER = "household_key,individual_key,return_type,origin_country,destination_pcode,"
            + "consent_purposes,consent_partners,consent_given_by,consent_method,relationship,given_name_ar,"
            + "given_name_latin,family_name_latin,sex,date_of_birth";
    /** Held for the whole class, so that the commands share one server instead of each starting its own. */
    private static EmbeddedDatabase database;

    private String prefix;

    /** What a command answered and printed. */
    private record Run(int exitCode, String output) {}

    @BeforeAll
    static void database() {
        database = EmbeddedDatabase.acquire(DATA, true, true);
        // The first command brings the new database's schema up to date, whichever test runs first.
        assertThat(homeward("users", "list").exitCode()).isZero();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @BeforeEach
    void uniquePrefix() {
        prefix = "L" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private static Run homeward(String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--data-dir");
        all.add(DATA.toString());
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try {
            System.setOut(capture);
            System.setErr(capture);
            int code = HomewardCommandLine.run(HomewardApplication.class, all.toArray(String[]::new));
            return new Run(code, printed.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Runs a command that reads a password from standard input in a JVM of its own, as a user would type it. */
    private static Run homewardWithInput(String input, String... arguments) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--data-dir");
        all.add(DATA.toString());
        try (ChildHomeward child = ChildHomeward.start(line -> {}, all.toArray(String[]::new))) {
            try (OutputStream stdin = child.stdin()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
            }
            int code = child.waitFor();
            return new Run(code, String.join("\n", child.output()));
        }
    }

    private static long count(String sql) throws IOException, SQLException {
        return PostgresClient.count(DATA, sql);
    }

    /** A household of two (principal and daughter) with the given consent cells. */
    private String household(String key, String purposes, String partners) {
        String consent = purposes + "," + partners + "," + (purposes.isEmpty() ? "" : "PRINCIPAL") + ","
                + (purposes.isEmpty() ? "" : "WRITTEN");
        return prefix + key + "," + prefix + key + "-1,REFUGEE,LBN,SY020000," + consent
                + ",PRINCIPAL,حسن,Hasan,Halabi,M,1975\n"
                + prefix + key + "," + prefix + key + "-2,REFUGEE,LBN,SY020000," + consent
                + ",DAUGHTER,سلمى,Salma,Halabi,F,2010-05-01\n";
    }

    private Path file(String name, String... households) throws IOException {
        Path file = Files.createDirectories(DATA.resolveSibling("cli-files")).resolve(prefix + name);
        Files.writeString(file, HEADER + "\n" + String.join("", households));
        return file;
    }

    private long households() throws IOException, SQLException {
        return count("SELECT count(*) FROM household WHERE import_key LIKE '" + prefix + "%'");
    }

    @Test
    void importWritesTheHouseholdsAndAgainWritesNothing() throws Exception {
        Path file = file("two.csv", household("A", "", ""), household("B", "", ""));

        Run first = homeward("import", file.toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("Imported 2 households (4 individuals); 0 were already present.");
        assertThat(households()).isEqualTo(2);

        Run again = homeward("import", file.toString());
        assertThat(again.output()).contains("Imported 0 households (0 individuals); 2 were already present.");
        assertThat(households()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'IMPORT' AND target_id = '"
                        + file.getFileName() + "' AND details->>'stage' = 'completed' AND actor LIKE 'cli:%'"))
                .isEqualTo(2);
    }

    @Test
    void importOfAFileWithProblemsWritesNothingAndNamesTheRow() throws Exception {
        Path file =
                file("bad.csv", household("A", "", ""), household("B", "", "").replace(",M,1975", ",X,1975"));

        Run run = homeward("import", file.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.output()).contains("row 4, column sex").contains("Nothing imported");
        assertThat(households()).isZero();
    }

    @Test
    void exportForAPartnerWritesExactlyTheHouseholdsThatConsentedToReferralToIt() throws Exception {
        String partner = "Partner " + prefix;
        importFile(file(
                "consent.csv",
                household("YES", "REGISTRATION;REFERRAL", partner + ";UNHCR"),
                household("OTHER", "REGISTRATION;REFERRAL", "UNHCR"),
                household("NOREFERRAL", "REGISTRATION;ASSISTANCE", ""),
                household("NEVER", "", ""),
                household("ALSO", "REFERRAL", partner.toLowerCase(java.util.Locale.ROOT))));
        Path output = DATA.resolveSibling("cli-files").resolve(prefix + "partner.csv");

        Run run = homeward("export", output.toString(), "--partner", partner);

        assertThat(run.exitCode()).as(run.output()).isZero();
        List<String> keys = Files.readAllLines(output).stream()
                .skip(1)
                .map(line -> line.substring(0, line.indexOf(',')))
                .toList();
        assertThat(keys).containsExactly(prefix + "YES", prefix + "YES", prefix + "ALSO", prefix + "ALSO");
        assertThat(run.output()).contains("Exported 4 individuals");
    }

    @Test
    void anExportThatFindsNothingSaysSoAndWritesNoFile() throws Exception {
        importFile(file("one.csv", household("A", "REGISTRATION;REFERRAL", "UNHCR")));
        Path output = DATA.resolveSibling("cli-files").resolve(prefix + "nobody.xlsx");

        Run run = homeward("export", output.toString(), "--partner", "Nobody " + prefix);

        assertThat(run.exitCode()).isEqualTo(ExportCommand.NOTHING_TO_EXPORT);
        assertThat(run.output()).contains("Nothing exported: no household consented to referral to the partner");
        assertThat(output).doesNotExist();
        assertThat(output.resolveSibling(output.getFileName() + ".partial")).doesNotExist();
    }

    @Test
    void exportWithoutAPartnerWritesEveryHousehold() throws Exception {
        importFile(file("all.csv", household("A", "", ""), household("B", "REGISTRATION", "")));
        Path output = DATA.resolveSibling("cli-files").resolve(prefix + "all-out.csv");

        Run run = homeward("export", output.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(Files.readAllLines(output))
                .filteredOn(line -> line.startsWith(prefix))
                .hasSize(4);
    }

    private void importFile(Path file) {
        Run run = homeward("import", file.toString());
        assertThat(run.exitCode()).as(run.output()).isZero();
    }

    @Test
    void usersAreCreatedScopedGivenANewPasswordDisabledEnabledAndListed() throws Exception {
        String name = prefix.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        Run created = homewardWithInput(
                "a first password long enough\n",
                "users",
                "create",
                "--username",
                name,
                "--role",
                "registration-officer",
                "--scope",
                "area:SY02");
        assertThat(created.exitCode()).as(created.output()).isZero();
        String where = " FROM app_user WHERE username = '" + name + "'";
        assertThat(count("SELECT count(*)" + where + " AND role = 'REGISTRATION_OFFICER' AND enabled"))
                .isEqualTo(1);
        String firstHash = passwordHash(name);

        assertThat(homeward("users", "scope", "--username", name, "--scope", "site:Masnaa", "--scope", "area:SY03")
                        .exitCode())
                .isZero();
        assertThat(count("SELECT count(*) FROM user_scope s JOIN app_user u ON u.id = s.user_id WHERE u.username = '"
                        + name
                        + "' AND ((s.kind = 'SITE' AND s.value = 'Masnaa') OR (s.kind = 'AREA' AND s.value = 'SY03'))"))
                .isEqualTo(2);
        assertThat(count("SELECT count(*) FROM user_scope s JOIN app_user u ON u.id = s.user_id WHERE u.username = '"
                        + name + "'"))
                .as("the new scopes replace the old")
                .isEqualTo(2);

        assertThat(homewardWithInput("another password long enough\n", "users", "reset-password", "--username", name)
                        .exitCode())
                .isZero();
        assertThat(passwordHash(name)).isNotEqualTo(firstHash);

        assertThat(homeward("users", "disable", "--username", name).exitCode()).isZero();
        assertThat(count("SELECT count(*)" + where + " AND NOT enabled")).isEqualTo(1);
        assertThat(homeward("users", "enable", "--username", name).exitCode()).isZero();
        assertThat(count("SELECT count(*)" + where + " AND enabled")).isEqualTo(1);

        Run list = homeward("users", "list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.output().lines().filter(line -> line.startsWith(name + " ")))
                .singleElement()
                .asString()
                .contains("registration-officer");
    }

    private static String passwordHash(String name) throws IOException, SQLException {
        try (var connection = PostgresClient.connect(DATA);
                var statement = connection.createStatement();
                var rows =
                        statement.executeQuery("SELECT password_hash FROM app_user WHERE username = '" + name + "'")) {
            rows.next();
            return rows.getString(1);
        }
    }

    @Test
    void theAuditTrailIsVerifiedAndShown() throws Exception {
        importFile(file("audited.csv", household("A", "", "")));

        Run verify = homeward("audit", "verify");
        assertThat(verify.exitCode()).as(verify.output()).isZero();
        assertThat(verify.output())
                .containsPattern("Checked [\\d,]+ audit entries")
                .contains("The audit trail is intact.");

        Run show = homeward("audit", "show", "--limit", "20");
        assertThat(show.exitCode()).isZero();
        assertThat(show.output()).contains("IMPORT").contains(prefix + "audited.csv");
    }

    @Test
    void readingAHouseholdsAuditTrailIsRecordedAsTheAuditPageRecordsIt() throws Exception {
        String household = PostgresClient.superuser(DATA)
                .sql("SELECT id::text FROM household ORDER BY id LIMIT 1")
                .query(String.class)
                .optional()
                .orElseGet(() -> UUID.randomUUID().toString());
        String readsOfIt = "SELECT count(*) FROM audit_event WHERE action = 'AUDIT_TRAIL_READ' AND target_id = '"
                + household + "' AND actor LIKE 'cli:%'";
        long before = count(readsOfIt);

        Run show = homeward("audit", "show", "--household", household);

        assertThat(show.exitCode()).as(show.output()).isZero();
        assertThat(show.output()).containsPattern("AUDIT_TRAIL_READ +household " + household);
        assertThat(count(readsOfIt)).isEqualTo(before + 1);
        assertThat(homeward("audit", "show", "--limit", "5").exitCode()).isZero();
        assertThat(count(readsOfIt))
                .as("a read that names no household is not one")
                .isEqualTo(before + 1);
    }

    @Test
    void demoGeneratesAPopulationAndImportsIt() throws Exception {
        long before = count("SELECT count(*) FROM household");
        Path output = DATA.resolveSibling("cli-files").resolve(prefix + "demo");

        Run run = homeward(
                "demo", "--households", "60", "--seed", "11", "--today", "2026-03-15", "--output", output.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(output.resolve("households.csv")).exists();
        java.util.regex.Matcher imported =
                java.util.regex.Pattern.compile("Imported ([\\d,]+) households").matcher(run.output());
        assertThat(imported.find()).as(run.output()).isTrue();
        long written = Long.parseLong(imported.group(1).replace(",", ""));
        assertThat(written).isPositive();
        assertThat(count("SELECT count(*) FROM household")).isEqualTo(before + written);
    }

    @Test
    void dedupRegistryTakesUpARunWhoseServerFellSilentInsteadOfWaitingForever() throws Exception {
        importFile(file("silent.csv", household("A", "", ""), household("B", "", "")));
        long stale;
        try (java.sql.Connection connection = PostgresClient.connect(DATA);
                java.sql.PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO duplicate_run (started_at, started_by, stage, state, server, heartbeat)
                        VALUES (now() - interval '1 hour', 'killed', 'read', 'RUNNING', 'gone@nowhere',
                                now() - interval '1 hour') RETURNING id""");
                java.sql.ResultSet inserted = insert.executeQuery()) {
            assertThat(inserted.next()).isTrue();
            stale = inserted.getLong(1);
        }

        Run run = homeward("dedup-registry");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("Run " + stale + " finished");
        assertThat(count("SELECT count(*) FROM duplicate_run WHERE state = 'RUNNING'"))
                .isZero();
        assertThat(count("SELECT count(*) FROM duplicate_run WHERE id = " + stale + " AND state = 'DONE'"))
                .isEqualTo(1);
    }

    @Test
    void dedupRegistryComparesTheRegistryAndFillsTheReviewQueue() throws Exception {
        importFile(file("twins.csv", household("A", "", ""), household("B", "", "")));

        Run run = homeward("dedup-registry");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).containsPattern("Run \\d+ finished: \\d+ records compared, \\d+ pairs written");
        assertThat(count("SELECT count(*) FROM duplicate_run")).isPositive();
        String id = run.output().replaceAll("(?s).*Run (\\d+) finished.*", "$1");
        assertThat(count("SELECT count(*) FROM audit_event WHERE target_type = 'duplicate_run' AND target_id = '" + id
                        + "' AND actor LIKE 'cli:%' AND action IN ('DUPLICATE_RUN_STARTED', 'DUPLICATE_RUN')"))
                .as("the run's service records its start and end, as it does for the runs page")
                .isEqualTo(2);
    }
}
