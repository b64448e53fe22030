package org.homeward.movements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that signs registration slips: from {@code homeward.slips.key} (the environment's
 * {@code HOMEWARD_SLIP_KEY}, base64) when given, else from the file {@code slip-key} in the data
 * directory, created with 32 random bytes readable by its owner only when it does not exist yet.
 * Never in the database, so that whoever reads the database cannot print a slip.
 */
@Component
class BoardingSlipKey {

    static final String FILE = "slip-key";
    private static final int MINIMUM_BYTES = 32;
    private final byte[] bytes;

    BoardingSlipKey(@Value("${homeward.slips.key:}") String configured, @Value("${homeward.data-dir}") Path dataDirectory) {
        this.bytes = configured != null && !configured.isBlank()
                ? decode(configured.trim(), "HOMEWARD_SLIP_KEY") : fromFile(dataDirectory.resolve(FILE));
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decode(Files.readString(file).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the slip key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(random);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, Base64.getEncoder().encodeToString(random));
        } catch (FileAlreadyExistsException raced) {
            // another process made it first: use theirs
        }
    }

    private static byte[] decode(String base64, String source) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The slip key in " + source + " is not valid base64");
        }
        if (decoded.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The slip key in " + source + " has " + decoded.length
                    + " bytes; it needs at least " + MINIMUM_BYTES);
        }
        return decoded;
    }
}
