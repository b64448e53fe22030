package org.homeward.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server whose data lives in Homeward's data directory and survives restarts.
 *
 * <p>One process owns the server; other Homeward processes on the same data directory (a CLI
 * command while {@code serve} runs) attach to it as ordinary clients. Every one of them holds a shared
 * lock on the directory while it uses it ({@link DirectoryUsers}). A server left running by a process
 * killed with {@code kill -9} is stopped cleanly before a new one starts, but only once no live
 * Homeward uses it: while a command still does, a new owner is refused and a new command attaches.
 *
 * <p>Three roles, each with its own random password in the data directory: the superuser (only to
 * set the server up), the owner of the schema (migrations, index rebuilds) and the application role
 * the application runs as, which owns nothing (see {@link EmbeddedRoles}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    static final String DATABASE_NAME = "homeward";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> running = new HashMap<>();

    private final Path dataDirectory;
    private final EmbeddedPostgres server;
    private final int port;
    private final String password;
    private DirectoryUsers user;
    private final String ownerPassword;
    private final String applicationPassword;
    private int references = 1;

    private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres server, int port, String password)
            throws IOException {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.port = port;
        this.password = password;
        this.ownerPassword = DataDirectoryFiles.secret(dataDirectory.resolve("database-owner-password"));
        this.applicationPassword = DataDirectoryFiles.secret(dataDirectory.resolve("database-application-password"));
    }

    /**
     * Starts the embedded server on a data directory, or joins the one this JVM or another Homeward
     * process already runs there.
     *
     * @param attachToRunning whether a server owned by another live process may be used as a client;
     *                        when false such a server is refused with {@link DataDirectoryInUseException}
     */
    public static synchronized EmbeddedDatabase acquire(
            Path dataDirectory, boolean attachToRunning, boolean cleanFirst) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        EmbeddedDatabase existing = running.get(key);
        if (existing != null) {
            existing.references++;
            return existing;
        }
        try {
            if (cleanFirst) {
                DataDirectoryFiles.deleteRecursively(key);
            }
            Files.createDirectories(key);
            String password = DataDirectoryFiles.databasePassword(key);
            Path postgresDirectory = key.resolve("postgres");
            EmbeddedDatabase database = attachOrClearOrphan(key, postgresDirectory, password, attachToRunning);
            DirectoryUsers user = DirectoryUsers.join(key);
            try {
                if (database == null) {
                    database = start(key, postgresDirectory, password);
                }
            } catch (IOException | RuntimeException e) {
                user.close();
                throw e;
            }
            database.user = user;
            running.put(key, database);
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the embedded database in " + key + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedDatabase attachOrClearOrphan(
            Path dataDirectory, Path postgresDirectory, String password, boolean attachToRunning) throws IOException {
        var pidFile = PostmasterPidFile.read(postgresDirectory);
        if (pidFile.isEmpty() || !pidFile.get().isAlive()) {
            return null;
        }
        PostmasterPidFile postmaster = pidFile.get();
        if (isOwnedByLiveProcess(postgresDirectory)) {
            if (!attachToRunning) {
                throw new DataDirectoryInUseException("The data directory " + dataDirectory
                        + " is in use by another running Homeward (its database server is process "
                        + postmaster.pid() + " on port " + postmaster.port()
                        + "). Stop that Homeward first, or choose another --data-dir.");
            }
            log.info(
                    "Using the database server of the Homeward already running on {} (port {})",
                    dataDirectory,
                    postmaster.port());
            return new EmbeddedDatabase(dataDirectory, null, postmaster.port(), password);
        }
        if (DirectoryUsers.usedByAnotherProcess(dataDirectory)) {
            // The server's owner died, but a command it served still runs: stopping the server would break it.
            if (!attachToRunning) {
                throw new DataDirectoryInUseException("The data directory " + dataDirectory + " is still in use: the"
                        + " Homeward that started its database server (process " + postmaster.pid() + ") has stopped,"
                        + " but another Homeward command is still working on it. Wait for that command to end (or stop"
                        + " it), then start again.");
            }
            log.info(
                    "Using the database server on {} (port {}) that a running Homeward command still uses",
                    dataDirectory,
                    postmaster.port());
            return new EmbeddedDatabase(dataDirectory, null, postmaster.port(), password);
        }
        OrphanedServer.stop(postmaster);
        return null;
    }

    /** Whether the lock file the server's owner holds is locked by some other live process. */
    private static boolean isOwnedByLiveProcess(Path postgresDirectory) {
        Path lockFile = postgresDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return true;
        }
    }

    /** Overrides the embedded server's buffer cache, e.g. {@code 2GB} (PostgreSQL's units: kB, MB, GB). */
    static final String SHARED_BUFFERS = "HOMEWARD_DATABASE_SHARED_BUFFERS";

    private static final long MEGABYTE = 1024L * 1024;

    /**
     * PostgreSQL's buffer cache for the embedded server: what {@link #SHARED_BUFFERS} says, else an eighth
     * of the machine's memory between PostgreSQL's own default of 128 MB and 4 GB. The statistics summary
     * of a national registry (gigabytes at 10 million people) is changed row by row as journeys move; rows
     * read from the cache cost a fraction of rows read through the operating system (docs/operations.md).
     * An eighth leaves the rest to the JVM, the operating system's own file cache and other programs.
     */
    static String sharedBuffers(String configured, long physicalBytes) {
        if (configured != null && !configured.isBlank()) {
            String value = configured.trim();
            if (!value.matches("[1-9][0-9]{0,6}(kB|MB|GB)")) {
                throw new SettingException(
                        SHARED_BUFFERS,
                        "not a size in PostgreSQL's units: \"" + value + "\"",
                        "Set " + SHARED_BUFFERS + " to a whole number of kB, MB or GB, such as 512MB or 2GB, or"
                                + " leave it unset for an eighth of the machine's memory.");
            }
            return value;
        }
        long megabytes = physicalBytes <= 0 ? 128 : physicalBytes / 8 / MEGABYTE;
        return Math.max(128, Math.min(4096, megabytes)) + "MB";
    }

    private static long physicalMemory() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean system) {
            return system.getTotalMemorySize();
        }
        return 0;
    }

    private static EmbeddedDatabase start(Path dataDirectory, Path postgresDirectory, String password)
            throws IOException {
        boolean fresh = !Files.exists(postgresDirectory.resolve("postgresql.conf"));
        Files.createDirectories(postgresDirectory);
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(postgresDirectory)
                .setCleanDataDirectory(false)
                // Durability first: an acknowledged registration must survive a power cut.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                // A backup needs the WAL from its start to its stop; keep enough of it through checkpoints.
                .setServerConfig("wal_keep_size", "256MB")
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", sharedBuffers(System.getenv(SHARED_BUFFERS), physicalMemory()))
                // Keep personal data out of the server log: no statements, no key values in details.
                .setServerConfig("log_min_error_statement", "panic")
                .setServerConfig("log_error_verbosity", "terse")
                .setLocaleConfig("locale", "C.UTF-8")
                .setConnectConfig("password", password)
                .setPGStartupWait(Duration.ofSeconds(120))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDirectory.resolve("postgres.log").toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(
                        dataDirectory.resolve("postgres.log").toFile()))
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, server, server.getPort(), password);
        try {
            database.secure(postgresDirectory, fresh);
            database.createDatabaseIfMissing();
            try (Connection connection = database.connect(DATABASE_NAME)) {
                EmbeddedRoles.prepare(connection, database.ownerPassword, database.applicationPassword);
            }
        } catch (SQLException e) {
            server.close();
            throw new IOException("could not prepare the database: " + e.getMessage(), e);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {}", database.port, postgresDirectory);
        return database;
    }

    /** Replaces initdb's "trust" authentication by passwords, so other local users cannot connect. */
    private void secure(Path postgresDirectory, boolean fresh) throws SQLException, IOException {
        Path hba = postgresDirectory.resolve("pg_hba.conf");
        if (!fresh && !Files.readString(hba).contains("trust")) {
            return;
        }
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "'");
            Files.writeString(hba, """
                    # Written by Homeward: password authentication only.
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            statement.execute("SELECT pg_reload_conf()");
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection connection = connect("postgres");
                Statement statement = connection.createStatement()) {
            try (ResultSet rows =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE_NAME + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE_NAME + " ENCODING 'UTF8'");
        }
    }

    Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, properties);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE_NAME;
    }

    /** The application role: owns nothing, may not change the audit trail. */
    public String username() {
        return EmbeddedRoles.APPLICATION;
    }

    public String password() {
        return applicationPassword;
    }

    /** The role that owns the schema: for migrations and the few statements that need ownership. */
    public String ownerUsername() {
        return EmbeddedRoles.OWNER;
    }

    public String ownerPassword() {
        return ownerPassword;
    }

    public int port() {
        return port;
    }

    /** Whether this process runs the server (false when it attached to another process's server). */
    public boolean ownsServer() {
        return server != null;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() {
        synchronized (EmbeddedDatabase.class) {
            if (--references > 0) {
                return;
            }
            running.remove(dataDirectory);
        }
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            log.warn("The embedded database did not stop cleanly: {}", e.getMessage());
        } finally {
            if (user != null) {
                user.close();
            }
        }
    }
}
