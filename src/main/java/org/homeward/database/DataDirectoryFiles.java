package org.homeward.database;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.stream.Stream;

/** Files Homeward keeps in its data directory beside the database. */
final class DataDirectoryFiles {

    private DataDirectoryFiles() {}

    /** Reads the database superuser's password, creating a random one readable only by the owner on first use. */
    static String databasePassword(Path dataDirectory) throws IOException {
        return secret(dataDirectory.resolve("database-password"));
    }

    /** Reads a random password kept in a file readable only by its owner, creating it on first use. */
    static String secret(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, password);
            } catch (FileAlreadyExistsException raced) {
                // another process created it first: read theirs
            }
        }
        return Files.readString(file).trim();
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
