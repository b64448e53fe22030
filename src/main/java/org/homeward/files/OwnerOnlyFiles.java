package org.homeward.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Opens files for writing that only their owner may read (0600 where the file system has POSIX
 * permissions): exports, rejected rows, figures and command outputs hold data about people or
 * about where they are, and a shared laptop must not show them to its other users.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** A new or emptied file, readable and writable by its owner only. */
    public static OutputStream newOutputStream(Path file) throws IOException {
        restrict(file);
        return Files.newOutputStream(file);
    }

    /** A UTF-8 writer to a new or emptied file, readable and writable by its owner only. */
    public static BufferedWriter newWriter(Path file) throws IOException {
        restrict(file);
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** Writes the text in UTF-8 to a file readable and writable by its owner only. */
    public static void writeString(Path file, String text) throws IOException {
        try (BufferedWriter writer = newWriter(file)) {
            writer.write(text);
        }
    }

    /** Creates the file owner-only when it is new, or takes the others' rights away when it exists, before any byte is written. */
    private static void restrict(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
    }
}
