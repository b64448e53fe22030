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

    private OwnerOnlyFiles() {}

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

    /**
     * Writes a secret (a key) to a file that does not exist yet, readable by its owner only, and
     * answers whether this call made it. The text goes to a temporary file first and is linked into
     * place in one step, so that no process ever reads a half-written key, and when two processes
     * start at once only the first one's key is kept: the other finds it and must read it.
     */
    public static boolean createSecret(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path draft = Files.createTempFile(directory, "." + file.getFileName(), ".new");
        try {
            writeString(draft, text);
            Files.createLink(file.toAbsolutePath(), draft);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(draft);
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
