package org.homeward.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code postmaster.pid} file PostgreSQL writes into its data directory while it runs.
 * Line 1 holds the process id, line 4 the port.
 */
record PostmasterPidFile(long pid, int port) {

    static Optional<PostmasterPidFile> read(Path postgresDirectory) {
        Path file = postgresDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            return Optional.of(new PostmasterPidFile(
                    Long.parseLong(lines.get(0).trim()),
                    Integer.parseInt(lines.get(3).trim())));
        } catch (IOException | NumberFormatException e) {
            // A file being written at this very moment: treat as absent, PostgreSQL will judge it.
            return Optional.empty();
        }
    }

    /** Whether the process named in the file is alive and is a PostgreSQL server. */
    boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(handle -> handle.info()
                        .command()
                        .map(command -> command.endsWith("postgres"))
                        .orElse(true))
                .orElse(false);
    }
}
