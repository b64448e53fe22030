package org.homeward.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the embedded database taken while it runs, with PostgreSQL's own base backup API.
 *
 * <p>The embedded bundle holds no {@code pg_dump} and the machine's client tools may be older than
 * the embedded server, so the backup is a physical one: between {@code pg_backup_start} and
 * {@code pg_backup_stop} the data files are copied as they are, then the WAL written in between and
 * the {@code backup_label} the server hands back. A restore unpacks it into a fresh data directory;
 * on its first start the server replays that WAL and reaches exactly the state of the moment the
 * backup stopped. The passwords of the database roles travel with it (the restored server knows them);
 * the audit key does not (see {@code docs/operations.md}).
 */
public final class EmbeddedBackup {

    /** The file naming a Homeward backup inside the archive. */
    static final String MARKER = "homeward-backup.txt";
    /** Data directory files that belong to the restored server; the audit key is left out on purpose. */
    static final List<String> TRAVELLING_FILES =
            List.of("database-password", "database-owner-password", "database-application-password", "audit-anchors");
    /** Files of a running server that must not be restored (PostgreSQL's documentation lists them). */
    private static final Set<String> LEFT_OUT = Set.of(
            "postmaster.pid", "postmaster.opts", "epg-lock", "backup_label", "tablespace_map", "backup_label.old");

    private static final Pattern WAL_SEGMENT = Pattern.compile("[0-9A-F]{24}");
    private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");

    private EmbeddedBackup() {}

    /** What a backup holds, to tell the operator. */
    public record BackupSummary(Path file, long bytes, String startWal, String stopWal) {}

    /**
     * Writes a backup of the data directory's database to a new file, starting the server if no
     * Homeward runs on the directory or using the running one.
     */
    public static BackupSummary write(Path dataDirectory, Path file) {
        if (!Files.exists(dataDirectory.resolve("postgres").resolve("PG_VERSION"))) {
            throw new BackupException("There is no Homeward database in " + dataDirectory + ".");
        }
        if (Files.exists(file)) {
            throw new BackupException("The file " + file + " exists already; choose a new name.");
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try (EmbeddedDatabase database = EmbeddedDatabase.acquire(dataDirectory, true, false)) {
            BackupSummary summary = copy(database, partial, file);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new BackupException("The backup failed: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new BackupException("The database refused the backup: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static BackupSummary copy(EmbeddedDatabase database, Path partial, Path file)
            throws IOException, SQLException {
        Path postgres = database.dataDirectory().resolve("postgres");
        try (Connection connection = database.connect(EmbeddedDatabase.DATABASE_NAME);
                OutputStream out = Files.newOutputStream(partial);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            // The backup is bound to this session: it must stay open from start to stop.
            try (PreparedStatement start = connection.prepareStatement("SELECT pg_backup_start(?, true)")) {
                start.setString(1, "homeward " + file.getFileName());
                start.execute();
            }
            write(zip, MARKER, "Homeward backup of the embedded database, format 1\n".getBytes());
            copyDataFiles(postgres, zip);
            for (String name : TRAVELLING_FILES) {
                Path travelling = database.dataDirectory().resolve(name);
                if (Files.exists(travelling)) {
                    write(zip, name, Files.readAllBytes(travelling));
                }
            }
            String label;
            String stopWal;
            try (Statement stop = connection.createStatement();
                    ResultSet row = stop.executeQuery(
                            "SELECT labelfile, spcmapfile, pg_walfile_name(lsn) FROM pg_backup_stop(false)")) {
                row.next();
                label = row.getString(1);
                if (row.getString(2) != null && !row.getString(2).isBlank()) {
                    write(zip, "postgres/tablespace_map", row.getString(2).getBytes());
                }
                stopWal = row.getString(3);
            }
            write(zip, "postgres/backup_label", label.getBytes());
            String startWal = startWal(label);
            copyWal(postgres.resolve("pg_wal"), startWal, stopWal, zip);
            zip.finish();
            out.flush();
            return new BackupSummary(file, Files.size(partial), startWal, stopWal);
        }
    }

    private static String startWal(String label) {
        Matcher matcher = START_FILE.matcher(label);
        if (!matcher.find()) {
            throw new BackupException("The server's backup label names no WAL file: "
                    + label.lines().findFirst().orElse(""));
        }
        return matcher.group(1);
    }

    /** Copies every file of the server's directory as it is now, except the WAL and the files of a running server. */
    private static void copyDataFiles(Path postgres, ZipOutputStream zip) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(postgres)) {
            paths = walk.filter(path -> !path.equals(postgres)).toList();
        }
        for (Path path : paths) {
            Path relative = postgres.relativize(path);
            String name = "postgres/" + relative.toString().replace('\\', '/');
            boolean inWal = relative.getNameCount() > 1
                    && relative.getName(0).toString().equals("pg_wal");
            if (inWal
                    || LEFT_OUT.contains(relative.toString())
                    || relative.getFileName().toString().startsWith("pgsql_tmp")) {
                continue;
            }
            try {
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                    zip.closeEntry();
                } else {
                    copyFile(zip, name, path);
                }
            } catch (NoSuchFileException vanished) {
                // A temporary file the server removed while we walked: the WAL replay does not need it.
            }
        }
        zip.putNextEntry(new ZipEntry("postgres/pg_wal/archive_status/"));
        zip.closeEntry();
    }

    /** Copies the WAL segments from the backup's start to its stop, which the restored server replays. */
    private static void copyWal(Path wal, String startWal, String stopWal, ZipOutputStream zip) throws IOException {
        List<Path> segments;
        try (Stream<Path> files = Files.list(wal)) {
            segments = files.filter(path ->
                            WAL_SEGMENT.matcher(path.getFileName().toString()).matches())
                    .filter(path -> {
                        String name = path.getFileName().toString();
                        return name.compareTo(startWal) >= 0 && name.compareTo(stopWal) <= 0;
                    })
                    .sorted()
                    .toList();
        }
        if (segments.isEmpty() || !segments.get(0).getFileName().toString().equals(startWal)) {
            throw new BackupException(
                    "The WAL file " + startWal + " the backup starts from is gone; take the backup again.");
        }
        for (Path segment : segments) {
            copyFile(zip, "postgres/pg_wal/" + segment.getFileName(), segment);
        }
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void copyFile(ZipOutputStream zip, String name, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            zip.putNextEntry(new ZipEntry(name));
            in.transferTo(zip);
            zip.closeEntry();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
