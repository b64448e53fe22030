package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time used so far by the embedded PostgreSQL server (the postmaster and its children), read
 * from /proc: with other work sharing the machine, CPU seconds say more than wall time does. Children
 * that have ended (a pooled connection retired, an autovacuum or parallel worker done) count through
 * the postmaster's own account of its reaped children; only the live ones are read one by one.
 * Answers -1 where /proc is not available.
 */
final class PostgresCpu {

    private PostgresCpu() {}

    static double seconds(Path dataDirectory) {
        try {
            Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
            if (!Files.exists(pidFile) || !Files.isDirectory(Path.of("/proc"))) {
                return -1;
            }
            long postmaster = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            long ticks = 0;
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : processes
                        .filter(p -> p.getFileName().toString().matches("\\d+"))
                        .toList()) {
                    List<String> fields = stat(process);
                    if (fields == null) {
                        continue;
                    }
                    if (Long.parseLong(fields.get(0)) == postmaster) {
                        // Its own time, and (cutime, cstime) that of every child it has waited for.
                        ticks += Long.parseLong(fields.get(13))
                                + Long.parseLong(fields.get(14))
                                + Long.parseLong(fields.get(15))
                                + Long.parseLong(fields.get(16));
                    } else if (Long.parseLong(fields.get(3)) == postmaster) {
                        ticks += Long.parseLong(fields.get(13)) + Long.parseLong(fields.get(14));
                    }
                }
            }
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of /proc/PID/stat with the command name (which may hold spaces) taken out. */
    private static List<String> stat(Path process) {
        try {
            String line = Files.readString(process.resolve("stat"));
            int end = line.lastIndexOf(')');
            String rest = line.substring(0, line.indexOf(' ')) + " x" + line.substring(end + 1);
            return List.of(rest.trim().split(" +"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
