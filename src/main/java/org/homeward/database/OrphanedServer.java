package org.homeward.database;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server left running by a Homeward process that died without shutting it
 * down (for example after {@code kill -9}).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private OrphanedServer() {}

    static void stop(PostmasterPidFile postmaster) {
        log.warn(
                "Found a database server (process {}) left running by a Homeward that did not shut down; stopping it",
                postmaster.pid());
        Optional<ProcessHandle> handle = ProcessHandle.of(postmaster.pid());
        if (handle.isEmpty()) {
            return;
        }
        // SIGINT asks PostgreSQL for a "fast" shutdown: roll back open transactions, checkpoint, exit.
        signal(postmaster.pid(), "INT");
        if (waitForExit(handle.get())) {
            return;
        }
        handle.get().destroy();
        if (!waitForExit(handle.get())) {
            throw new DataDirectoryInUseException(
                    "The database server left running as process " + postmaster.pid() + " did not stop within "
                            + PATIENCE.toSeconds() + " s; stop it by hand (kill " + postmaster.pid() + ")");
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            log.warn("Could not signal process {}: {}", pid, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle handle) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (handle.isAlive() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !handle.isAlive();
    }
}
