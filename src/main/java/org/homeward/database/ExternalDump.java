package org.homeward.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Backs up and restores an external PostgreSQL server's Homeward database with PostgreSQL's own
 * {@code pg_dump} (custom format) and {@code pg_restore}, taken from {@code $HOMEWARD_PG_BIN} or the
 * {@code PATH}.
 *
 * <p>The tools must be at least as new as the server: an older {@code pg_dump} cannot read a newer
 * server's catalogue, so the version is checked first and a mismatch named plainly.
 */
public final class ExternalDump {

    private static final Pattern TOOL_VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final Path binaries;

    /**
     * @param binaries the directory holding {@code pg_dump} and {@code pg_restore}, or null for the PATH
     */
    public ExternalDump(String jdbcUrl, String username, String password, Path binaries) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.binaries = binaries;
    }

    /** Writes a custom-format dump of the database to a new file. */
    public void backUp(Path file) {
        if (Files.exists(file)) {
            throw new BackupException("The file " + file + " exists already; choose a new name.");
        }
        String tool = tool("pg_dump");
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        run(List.of(tool, "--format=custom", "--file=" + partial, "--dbname=" + libpqUrl()));
        try {
            Files.move(partial, file);
        } catch (IOException e) {
            throw new BackupException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Restores a dump into the database, in one transaction: on an error nothing is written.
     *
     * @param replace whether a database that already holds Homeward's tables may be overwritten
     */
    public void restore(Path file, boolean replace) {
        if (!Files.isRegularFile(file)) {
            throw new BackupException("There is no file " + file + ".");
        }
        String tool = tool("pg_restore");
        List<String> command =
                new ArrayList<>(List.of(tool, "--exit-on-error", "--single-transaction", "--dbname=" + libpqUrl()));
        if (holdsTables()) {
            if (!replace) {
                throw new BackupException("The database already holds Homeward's tables. Restore into an empty"
                        + " database, or add --replace to drop and recreate what the backup holds.");
            }
            command.addAll(List.of("--clean", "--if-exists"));
        }
        command.add(file.toString());
        run(command);
    }

    private boolean holdsTables() {
        return queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") > 0;
    }

    /** The tool's path, after checking that its major version is not older than the server's. */
    private String tool(String name) {
        String tool = binaries == null ? name : binaries.resolve(name).toString();
        String version = output(List.of(tool, "--version"));
        Matcher matcher = TOOL_VERSION.matcher(version);
        if (!matcher.find()) {
            throw new BackupException("Could not tell the version of " + tool + " from: " + version.trim());
        }
        int toolMajor = Integer.parseInt(matcher.group(1));
        int serverMajor = queryInt("SELECT current_setting('server_version_num')::int") / 10000;
        if (toolMajor < serverMajor) {
            throw new BackupException(tool + " is PostgreSQL " + toolMajor + " but the server is PostgreSQL "
                    + serverMajor + "; install the client tools of version " + serverMajor
                    + " or newer and point HOMEWARD_PG_BIN at them.");
        }
        return tool;
    }

    private int queryInt(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        } catch (SQLException e) {
            throw new BackupException("Could not reach the database: " + e.getMessage(), e);
        }
    }

    /** The JDBC address as libpq reads it; the password goes through the environment, never the command line. */
    private String libpqUrl() {
        return jdbcUrl.startsWith("jdbc:") ? jdbcUrl.substring("jdbc:".length()) : jdbcUrl;
    }

    private void run(List<String> command) {
        String output = output(command);
        if (output.startsWith("exit ")) {
            throw new BackupException(command.get(0) + " failed: "
                    + output.substring(output.indexOf('\n') + 1).trim());
        }
    }

    /** Runs a tool and answers what it printed, prefixed with "exit N" when it failed. */
    private String output(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        if (username != null && !username.isBlank()) {
            environment.put("PGUSER", username);
        }
        if (password != null && !password.isBlank()) {
            environment.put("PGPASSWORD", password);
        }
        try {
            Process process = builder.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = process.waitFor();
            return code == 0 ? printed : "exit " + code + "\n" + printed;
        } catch (IOException e) {
            throw new BackupException(
                    "Could not run " + command.get(0) + " (set HOMEWARD_PG_BIN to the directory of"
                            + " PostgreSQL's client tools): " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException("Interrupted while " + command.get(0) + " ran.", e);
        }
    }
}
