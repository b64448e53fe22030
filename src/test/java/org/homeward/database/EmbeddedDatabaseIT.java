package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.UUID;
import org.homeward.ChildHomeward;
import org.homeward.HomewardTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@HomewardTest
class EmbeddedDatabaseIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Test
    void acknowledgedCommitsReachTheDisk() {
        for (String setting : new String[] {"fsync", "synchronous_commit", "full_page_writes"}) {
            assertThat(jdbc.sql("SHOW " + setting).query(String.class).single())
                    .as(setting)
                    .isEqualTo("on");
        }
    }

    @Test
    void theBufferCacheFollowsTheMachinesMemoryUnlessTheOperatorSetIt() {
        long bytes = jdbc.sql("SELECT setting::bigint * 8192 FROM pg_settings WHERE name = 'shared_buffers'")
                .query(Long.class)
                .single();
        String configured = System.getenv(EmbeddedDatabase.SHARED_BUFFERS);
        long total = ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        String expected = EmbeddedDatabase.sharedBuffers(configured, total);
        long number = Long.parseLong(expected.replaceAll("[^0-9]", ""));
        long unit = expected.endsWith("GB") ? 1L << 30 : expected.endsWith("MB") ? 1L << 20 : 1L << 10;
        assertThat(bytes).isEqualTo(number * unit);
    }

    @Test
    void otherLocalUsersCannotConnectWithoutThePassword() {
        Properties noPassword = new Properties();
        noPassword.setProperty("user", "postgres");
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), noPassword)
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }

    @Test
    void aSecondServeIsRefusedWhileCommandsUseTheRunningDatabase() throws Exception {
        Path data = Path.of("target/test-data/owner-" + UUID.randomUUID()).toAbsolutePath();
        try (ChildHomeward serve =
                ChildHomeward.start(line -> {}, "serve", "--data-dir", data.toString(), "--server.port=0")) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (serve.output().stream().noneMatch(line -> line.contains("Started HomewardApplication"))
                    && serve.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(serve.isAlive()).as(String.join("\n", serve.output())).isTrue();

            assertThatThrownBy(() -> EmbeddedDatabase.acquire(data, false, false))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining("in use by another running Homeward");

            ChildHomeward create = ChildHomeward.start(
                    line -> {},
                    "users",
                    "create",
                    "--username",
                    "field.officer",
                    "--role",
                    "registration-officer",
                    "--data-dir",
                    data.toString());
            try (OutputStream stdin = create.stdin()) {
                stdin.write("a password long enough\n".getBytes(StandardCharsets.UTF_8));
            }
            assertThat(create.waitFor()).as(String.join("\n", create.output())).isZero();
            assertThat(PostgresClient.count(data, "SELECT count(*) FROM app_user WHERE username = 'field.officer'"))
                    .isEqualTo(1);
            assertThat(serve.isAlive()).isTrue();

            try (EmbeddedDatabase attached = EmbeddedDatabase.acquire(data, true, false);
                    Connection connection =
                            DriverManager.getConnection(attached.jdbcUrl(), attached.username(), attached.password())) {
                assertThat(attached.ownsServer()).isFalse();
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        assertThat(PostgresClient.serverAlive(data))
                .as("serve stops its database when it stops")
                .isFalse();
    }

    @Test
    void aServerWhoseOwnerDiedIsNotStoppedWhileAnotherHomewardStillUsesIt() throws Exception {
        Path data =
                Path.of("target/test-data/orphan-in-use-" + UUID.randomUUID()).toAbsolutePath();
        try (ChildHomeward serve =
                ChildHomeward.start(line -> {}, "serve", "--data-dir", data.toString(), "--server.port=0")) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (serve.output().stream().noneMatch(line -> line.contains("Started HomewardApplication"))
                    && serve.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(serve.isAlive()).as(String.join("\n", serve.output())).isTrue();
            // This test's JVM is the command still working on the database (as an import would be) when serve dies.
            try (EmbeddedDatabase command = EmbeddedDatabase.acquire(data, true, false);
                    Connection connection =
                            DriverManager.getConnection(command.jdbcUrl(), command.username(), command.password())) {
                serve.killHard();
                assertThat(PostgresClient.serverAlive(data)).isTrue();

                try (ChildHomeward second =
                        ChildHomeward.start(line -> {}, "serve", "--data-dir", data.toString(), "--server.port=0")) {
                    assertThat(second.waitFor())
                            .as(String.join("\n", second.output()))
                            .isEqualTo(2);
                    assertThat(String.join("\n", second.output()))
                            .contains("is still in use")
                            .contains("another Homeward command is still working on it");
                }
                assertThat(PostgresClient.serverAlive(data))
                        .as("the server the command uses keeps running")
                        .isTrue();
                assertThat(connection.isValid(5)).isTrue();
            }
        }
        // Once nobody uses it, the orphan is stopped and a new owner starts.
        try (ChildHomeward third = ChildHomeward.start(line -> {}, "users", "list", "--data-dir", data.toString())) {
            assertThat(third.waitFor()).as(String.join("\n", third.output())).isZero();
        }
        assertThat(PostgresClient.serverAlive(data))
                .as("the orphan was stopped and the new owner stopped its own")
                .isFalse();
    }
}
