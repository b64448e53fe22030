package org.homeward.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own installation (Debian's {@code postgresql} package), started
 * in a temporary directory as a process of its own — the way a production server is separate from
 * Homeward. Tests reach it only by URL, user and password, as a deployment does.
 *
 * <p>Without an installed server the test is skipped with the reason, unless
 * {@code HOMEWARD_REQUIRE_EXTERNAL_DATABASE=true} (set by {@code .ci/run}) makes that a failure.
 * initdb refuses to run as root, so under root the server runs as the {@code postgres} user.
 */
final class SeparatePostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path directory;
    private final int port;
    private final String superuserPassword;
    private final boolean asPostgresUser;

    private SeparatePostgresServer(
            Path binaries, Path directory, int port, String superuserPassword, boolean asPostgresUser) {
        this.binaries = binaries;
        this.directory = directory;
        this.port = port;
        this.superuserPassword = superuserPassword;
        this.asPostgresUser = asPostgresUser;
    }

    /** Creates a new cluster and starts it on a free local port, with password authentication over TCP. */
    static SeparatePostgresServer start() throws IOException, InterruptedException {
        Path binaries = installedBinaries().orElseGet(() -> {
            if ("true".equalsIgnoreCase(System.getenv("HOMEWARD_REQUIRE_EXTERNAL_DATABASE"))) {
                throw new IllegalStateException("HOMEWARD_REQUIRE_EXTERNAL_DATABASE=true but no PostgreSQL server is "
                        + "installed (install Debian's postgresql package, or set HOMEWARD_TEST_POSTGRES_BIN)");
            }
            return abort("no PostgreSQL server installed (Debian's postgresql package, or HOMEWARD_TEST_POSTGRES_BIN)");
        });
        boolean root = "root".equals(System.getProperty("user.name"));
        Path directory = Files.createTempDirectory(Path.of("/tmp"), "homeward-external-");
        String password = randomSecret();
        Path passwordFile = Files.writeString(directory.resolve("superuser-password"), password);
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        SeparatePostgresServer server = new SeparatePostgresServer(binaries, directory, freePort(), password, root);
        server.postgres(
                "initdb",
                "-D",
                server.data().toString(),
                "-U",
                SUPERUSER,
                "-E",
                "UTF8",
                "--locale=C",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--pwfile=" + passwordFile);
        server.startServer();
        return server;
    }

    private void startServer() throws IOException, InterruptedException {
        postgres(
                "pg_ctl",
                "-D",
                data().toString(),
                "-w",
                "-t",
                "60",
                "-l",
                directory.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1",
                "start");
    }

    /**
     * A hot standby of this server, as {@code docs/operations.md} ("Read replica") sets one up: a base
     * backup streamed with {@code pg_basebackup -R -X stream} as a replication role, started on a port
     * of its own, following this server by streaming replication. Its superuser password is this one's.
     */
    SeparatePostgresServer standby(String replicationRole, String replicationPassword)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory(Path.of("/tmp"), "homeward-standby-");
        if (asPostgresUser) {
            run(List.of("chown", "-R", "postgres:postgres", directory.toString()), false);
        }
        SeparatePostgresServer standby =
                new SeparatePostgresServer(binaries, directory, freePort(), superuserPassword, asPostgresUser);
        // The password reaches pg_basebackup through its environment, never its command line.
        standby.postgres(
                java.util.Map.of("PGPASSWORD", replicationPassword),
                "pg_basebackup",
                "-D",
                standby.data().toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "-U",
                replicationRole,
                "-R",
                "-X",
                "stream",
                "-c",
                "fast");
        standby.startServer();
        return standby;
    }

    /** The directory of the server's binaries, whose client tools match it. */
    Path binaries() {
        return binaries;
    }

    int port() {
        return port;
    }

    /** The JDBC URL of one database of this server, as Homeward is given it. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connectAsSuperuser(String database) throws SQLException {
        return DriverManager.getConnection(url(database), SUPERUSER, superuserPassword);
    }

    static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            postgres("pg_ctl", "-D", data().toString(), "-w", "-m", "fast", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    private Path data() {
        return directory.resolve("data");
    }

    private void postgres(String program, String... arguments) throws IOException, InterruptedException {
        postgres(java.util.Map.of(), program, arguments);
    }

    private void postgres(java.util.Map<String, String> environment, String program, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (asPostgresUser) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(binaries.resolve(program).toString());
        command.addAll(Arrays.asList(arguments));
        run(command, environment);
    }

    private static void run(List<String> command, boolean quiet) throws IOException, InterruptedException {
        run(command, java.util.Map.of());
    }

    private static void run(List<String> command, java.util.Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("%s finished", command.get(0))
                .isTrue();
        assertThat(process.exitValue())
                .as("%s:%n%s", command, new String(output, StandardCharsets.UTF_8))
                .isZero();
    }

    private static Optional<Path> installedBinaries() throws IOException {
        String configured = System.getenv("HOMEWARD_TEST_POSTGRES_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        Path installed = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(installed)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(installed)) {
            return versions.filter(version -> Files.isExecutable(version.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(version ->
                            Integer.parseInt(version.getFileName().toString().replaceAll("\\D", "0"))))
                    .map(version -> version.resolve("bin"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
