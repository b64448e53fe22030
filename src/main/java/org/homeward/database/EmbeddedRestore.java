package org.homeward.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Restores a backup written by {@link EmbeddedBackup} into a data directory and starts the server on it
 * once, so that it replays the backup's WAL and is known to be consistent before anyone uses it.
 */
public final class EmbeddedRestore {

    private EmbeddedRestore() {}

    /**
     * Unpacks the backup into the data directory.
     *
     * @param replace whether a data directory that already holds files may be emptied first; it is never
     *                emptied while a Homeward or its database server uses it
     */
    public static void restore(Path file, Path dataDirectory, boolean replace) {
        Path target = dataDirectory.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(EmbeddedBackup.MARKER) == null || zip.getEntry("postgres/backup_label") == null) {
                throw new BackupException(file + " is not a backup of Homeward's embedded database.");
            }
            prepare(target, replace);
            unpack(zip, target);
        } catch (IOException e) {
            throw new BackupException("Could not read the backup " + file + ": " + e.getMessage(), e);
        }
        // The first start replays the WAL up to the end of the backup.
        EmbeddedDatabase.acquire(target, false, false).close();
    }

    private static void prepare(Path target, boolean replace) throws IOException {
        if (!Files.exists(target) || isEmpty(target)) {
            Files.createDirectories(target);
            return;
        }
        if (!replace) {
            throw new BackupException("The data directory " + target + " is not empty. Restore into a new directory,"
                    + " or add --replace to delete what it holds.");
        }
        boolean serverAlive = PostmasterPidFile.read(target.resolve("postgres"))
                .map(PostmasterPidFile::isAlive)
                .orElse(false);
        if (serverAlive || DirectoryUsers.usedByAnotherProcess(target)) {
            throw new BackupException(
                    "The data directory " + target + " is in use by a running Homeward; stop it first.");
        }
        DataDirectoryFiles.deleteRecursively(target);
        Files.createDirectories(target);
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void unpack(ZipFile zip, Path target) throws IOException {
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
        for (ZipEntry entry : zip.stream().toList()) {
            if (entry.getName().equals(EmbeddedBackup.MARKER)) {
                continue;
            }
            Path destination = target.resolve(entry.getName()).normalize();
            if (!destination.startsWith(target) || destination.equals(target)) {
                throw new BackupException("The backup holds a file outside its directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(destination);
                Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rwx------"));
                continue;
            }
            Files.createDirectories(destination.getParent());
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, destination);
            }
            // PostgreSQL refuses a data directory others may read; the passwords are secrets too.
            Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rw-------"));
        }
        try (Stream<Path> paths = Files.walk(target)) {
            for (Path directory : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }
}
