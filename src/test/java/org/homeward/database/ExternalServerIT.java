package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.ChildHomeward;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Homeward against a PostgreSQL server started on its own, set up exactly as {@code docs/security.md}
 * tells an operator to (the test runs that document's SQL), reached only by URL and the two roles'
 * passwords from the environment — the production way, not the embedded default.
 */
class ExternalServerIT {

    private static final String HEADER = "household_key,individual_key,return_type,origin_country,destination_pcode,"
            + "relationship,given_name_ar,given_name_latin,family_name_latin,sex,date_of_birth";

    private static SeparatePostgresServer server;
    private static final String OWNER_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String APPLICATION_PASSWORD = SeparatePostgresServer.randomSecret();
    private static final String AUDIT_KEY = auditKey();

    @BeforeAll
    static void startServerAndCreateRolesAsDocumented() throws Exception {
        server = SeparatePostgresServer.start();
        Connection connection = server.connectAsSuperuser("postgres");
        try {
            for (String statement : documentedSetup()) {
                Matcher connect = Pattern.compile("\\\\connect (\\w+)").matcher(statement);
                if (connect.matches()) {
                    connection.close();
                    connection = server.connectAsSuperuser(connect.group(1));
                    continue;
                }
                try (Statement sql = connection.createStatement()) {
                    sql.execute(statement);
                }
            }
        } finally {
            connection.close();
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesOnTheSeparateServerWithTablesOwnedByTheOwnerRole() throws Exception {
        Path data = dataDirectory();
        int port = freePort();
        try (ChildHomeward serve = ChildHomeward.start(
                environment(), line -> {}, "serve", "--data-dir", data.toString(), "--server.port=" + port)) {
            awaitStart(serve);

            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(get(port, "/login"), HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);
            assertThat(http.send(
                                    get(port, "/api/v1/households/by-reference/HW-0000000000"),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .as("no personal data without login")
                    .isEqualTo(401);
            assertThat(String.join("\n", serve.output()))
                    .doesNotContain(APPLICATION_PASSWORD)
                    .doesNotContain(OWNER_PASSWORD);
        }

        try (Connection superuser = server.connectAsSuperuser("homeward")) {
            assertThat(strings(superuser, """
                    SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class
                    WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'v')""")).containsExactly("homeward_owner");
            assertThat(strings(superuser, "SELECT DISTINCT success::text FROM flyway_schema_history"))
                    .containsExactly("true");
            assertThat(strings(superuser, "SELECT count(*)::text FROM flyway_schema_history WHERE version = '20'"))
                    .as("the latest migrations ran")
                    .containsExactly("1");
        }
    }

    @Test
    void importsAndKeepsAnAuditTrailTheApplicationRoleCannotRewrite() throws Exception {
        Path data = dataDirectory();
        Path file = data.resolveSibling(data.getFileName() + ".csv");
        String key = "X" + UUID.randomUUID().toString().substring(0, 8);
        Files.writeString(
                file,
                HEADER + "\n"
                        + key + "," + key + "-1,REFUGEE,LBN,SY020000,PRINCIPAL,حسن,Hasan,Halabi,M,1975\n"
                        + key + "," + key + "-2,REFUGEE,LBN,SY020000,DAUGHTER,سلمى,Salma,Halabi,F,2010-05-01\n");

        Run imported = homeward("import", file.toString(), "--data-dir", data.toString());
        assertThat(imported.code()).as(imported.output()).isZero();
        Run verified = homeward("audit", "verify", "--data-dir", data.toString());
        assertThat(verified.code()).as(verified.output()).isZero();
        assertThat(verified.output()).contains("The audit trail is intact.");

        try (Connection application =
                DriverManager.getConnection(server.url("homeward"), "homeward_app", APPLICATION_PASSWORD)) {
            assertThat(strings(application, "SELECT count(*)::text FROM household WHERE import_key = '" + key + "'"))
                    .containsExactly("1");
            assertThatThrownBy(() -> execute(application, "UPDATE audit_event SET actor = 'someone else'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> execute(application, "ALTER TABLE audit_event DISABLE TRIGGER USER"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("must be owner");
        }
    }

    @Test
    void aProcessWithAnotherAuditKeyRefusesToWriteInsteadOfForkingTheChain() throws Exception {
        Path data = dataDirectory();
        String key = "K" + UUID.randomUUID().toString().substring(0, 8);
        Run first = homeward("import", household(data, key + "a").toString(), "--data-dir", data.toString());
        assertThat(first.code()).as(first.output()).isZero();

        // Its own data directory and no HOMEWARD_AUDIT_KEY: it makes a key of its own there.
        Path elsewhere = dataDirectory();
        Run stray = homeward(
                database(), "import", household(elsewhere, key + "b").toString(), "--data-dir", elsewhere.toString());

        assertThat(stray.code()).as(stray.output()).isNotZero();
        assertThat(stray.output())
                .contains("was not written with this process's audit key")
                .contains("HOMEWARD_AUDIT_KEY");
        try (Connection superuser = server.connectAsSuperuser("homeward")) {
            assertThat(strings(superuser, "SELECT count(*)::text FROM household WHERE import_key = '" + key + "b'"))
                    .as("nothing of the refused import is written")
                    .containsExactly("0");
        }
        Run verified = homeward("audit", "verify", "--data-dir", data.toString());
        assertThat(verified.code()).as(verified.output()).isZero();
    }

    private static Path household(Path data, String key) throws IOException {
        return Files.writeString(
                data.resolveSibling(data.getFileName() + ".csv"),
                HEADER + "\n" + key + "," + key + "-1,REFUGEE,LBN,SY020000,PRINCIPAL,حسن,Hasan,Halabi,M,1975\n");
    }

    /** The SQL block under "External server" in docs/security.md, with this test's passwords. */
    private static List<String> documentedSetup() throws IOException {
        String document = Files.readString(Path.of("docs/security.md"));
        Matcher block = Pattern.compile("\\*\\*External server\\.\\*\\*.*?```sql\\n(.*?)```", Pattern.DOTALL)
                .matcher(document);
        assertThat(block.find())
                .as("docs/security.md shows the external server's SQL")
                .isTrue();
        List<String> statements = new ArrayList<>();
        for (String line : block.group(1).split("\n")) {
            String statement = line.strip().replaceAll(";$", "");
            if (statement.isEmpty()) {
                continue;
            }
            if (statement.startsWith("CREATE ROLE homeward_owner")) {
                statement = statement.replace("'...'", "'" + OWNER_PASSWORD + "'");
            } else if (statement.startsWith("CREATE ROLE homeward_app")) {
                statement = statement.replace("'...'", "'" + APPLICATION_PASSWORD + "'");
            }
            assertThat(statement).as("a placeholder left in the documented SQL").doesNotContain("'...'");
            statements.add(statement);
        }
        return statements;
    }

    private static String auditKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** What every Homeward process on this server is given: one URL, the two roles, and one audit key. */
    private static Map<String, String> environment() {
        Map<String, String> environment = new java.util.HashMap<>(database());
        environment.put("HOMEWARD_AUDIT_KEY", AUDIT_KEY);
        return environment;
    }

    private static Map<String, String> database() {
        return Map.of(
                "HOMEWARD_DATABASE_URL",
                server.url("homeward"),
                "HOMEWARD_DATABASE_USERNAME",
                "homeward_app",
                "HOMEWARD_DATABASE_PASSWORD",
                APPLICATION_PASSWORD,
                "HOMEWARD_DATABASE_OWNER_USERNAME",
                "homeward_owner",
                "HOMEWARD_DATABASE_OWNER_PASSWORD",
                OWNER_PASSWORD);
    }

    private record Run(int code, String output) {}

    private static Run homeward(String... arguments) throws IOException, InterruptedException {
        return homeward(environment(), arguments);
    }

    private static Run homeward(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        try (ChildHomeward child = ChildHomeward.start(environment, line -> {}, arguments)) {
            child.stdin().close();
            int code = child.waitFor();
            return new Run(code, String.join("\n", child.output()));
        }
    }

    private static void awaitStart(ChildHomeward serve) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (serve.output().stream().noneMatch(line -> line.contains("Started HomewardApplication"))
                && serve.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(serve.isAlive()).as(String.join("\n", serve.output())).isTrue();
    }

    private static Path dataDirectory() throws IOException {
        Path data = Path.of("target/test-data/external-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(data.getParent());
        return Files.createDirectory(
                data, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .GET()
                .build();
    }

    private static int freePort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
