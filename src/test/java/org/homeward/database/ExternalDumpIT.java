package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The external server's backup with PostgreSQL's own tools, against a real separate server: the dump
 * restores into an empty database with its rows and its grants, refuses to overwrite a database
 * without being told, and tools older than the server are refused with the versions named.
 */
class ExternalDumpIT {

    private static final String OWNER_PASSWORD = SeparatePostgresServer.randomSecret();
    private static SeparatePostgresServer server;

    @BeforeAll
    static void serverWithAnOwnerAndAnApplicationRole() throws Exception {
        server = SeparatePostgresServer.start();
        try (Connection connection = server.connectAsSuperuser("postgres");
                Statement sql = connection.createStatement()) {
            sql.execute("CREATE ROLE dump_owner LOGIN PASSWORD '" + OWNER_PASSWORD + "'");
            sql.execute("CREATE ROLE dump_app LOGIN PASSWORD '" + SeparatePostgresServer.randomSecret() + "'");
            sql.execute("CREATE DATABASE source OWNER dump_owner");
            sql.execute("CREATE DATABASE target OWNER dump_owner");
        }
        try (Connection connection =
                        java.sql.DriverManager.getConnection(server.url("source"), "dump_owner", OWNER_PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            sql.execute("CREATE TABLE household (id bigint PRIMARY KEY, import_key text NOT NULL)");
            sql.execute("INSERT INTO household SELECT n, 'key-' || n FROM generate_series(1, 250) n");
            sql.execute("GRANT SELECT, INSERT ON household TO dump_app");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aDumpRestoresIntoAnEmptyDatabaseWithItsRowsAndGrantsAndNeverOverAFullOne() throws Exception {
        Path file = Files.createTempDirectory(Path.of("target"), "dump-")
                .resolve("homeward.dump")
                .toAbsolutePath();
        new ExternalDump(server.url("source"), "dump_owner", OWNER_PASSWORD, server.binaries()).backUp(file);
        assertThat(file).isNotEmptyFile();
        assertThatThrownBy(() -> new ExternalDump(server.url("source"), "dump_owner", OWNER_PASSWORD, server.binaries())
                        .backUp(file))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("exists already");

        ExternalDump target = new ExternalDump(server.url("target"), "dump_owner", OWNER_PASSWORD, server.binaries());
        target.restore(file, false);
        assertThat(query("SELECT count(*) FROM household")).isEqualTo(250);
        assertThat(query("SELECT count(*) FROM household WHERE import_key = 'key-' || id"))
                .isEqualTo(250);
        assertThat(query("SELECT has_table_privilege('dump_app', 'household', 'INSERT')::int"))
                .isEqualTo(1);
        assertThat(query("SELECT has_table_privilege('dump_app', 'household', 'DELETE')::int"))
                .isZero();

        assertThatThrownBy(() -> target.restore(file, false))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already holds")
                .hasMessageContaining("--replace");
        try (Connection connection =
                        java.sql.DriverManager.getConnection(server.url("target"), "dump_owner", OWNER_PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute("DELETE FROM household WHERE id > 100");
        }
        target.restore(file, true);
        assertThat(query("SELECT count(*) FROM household")).isEqualTo(250);
    }

    @Test
    void toolsOlderThanTheServerAreRefusedWithBothVersionsNamed() throws Exception {
        int toolMajor = Integer.parseInt(
                server.binaries().getParent().getFileName().toString().replaceAll("\\D", ""));
        Path data = Path.of("target/test-data/external-dump-newer").toAbsolutePath();
        try (EmbeddedDatabase newer = EmbeddedDatabase.acquire(data, false, true);
                Connection connection = java.sql.DriverManager.getConnection(
                        newer.jdbcUrl(), newer.ownerUsername(), newer.ownerPassword());
                Statement sql = connection.createStatement();
                ResultSet version = sql.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            version.next();
            int serverMajor = version.getInt(1);
            org.junit.jupiter.api.Assumptions.assumeTrue(toolMajor < serverMajor, "the installed tools are not older");
            ExternalDump dump =
                    new ExternalDump(newer.jdbcUrl(), newer.ownerUsername(), newer.ownerPassword(), server.binaries());
            Path file = data.resolveSibling("never-written.dump");
            assertThatThrownBy(() -> dump.backUp(file))
                    .isInstanceOf(BackupException.class)
                    .hasMessageContaining(
                            "is PostgreSQL " + toolMajor + " but the server is PostgreSQL " + serverMajor);
            assertThat(file).doesNotExist();
        }
    }

    private static long query(String sql) throws SQLException {
        try (Connection connection =
                        java.sql.DriverManager.getConnection(server.url("target"), "dump_owner", OWNER_PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
