package org.homeward.movements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homeward.files.OwnerOnlyFiles;

/**
 * The secret that signs the codes printed on registration slips: an HMAC-SHA256 key kept outside
 * the database, so that whoever reads the registry still cannot print a slip the boarding desk
 * accepts.
 */
final class SlipKey {

    static final String ALGORITHM = "HmacSHA256";
    static final int MINIMUM_BYTES = 32;
    private final SecretKeySpec key;

    private SlipKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** A key from its base64 text, as {@code HOMEWARD_SLIP_KEY} gives it; {@code source} names it in messages. */
    static SlipKey of(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The slip key in " + source + " is not valid base64");
        }
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The slip key in " + source + " has " + bytes.length
                    + " bytes; it needs at least " + MINIMUM_BYTES);
        }
        return new SlipKey(bytes);
    }

    /**
     * The key from the environment (base64) when one is given, else from the key file, which is
     * created with 32 random bytes, readable by its owner only, when it does not exist yet.
     */
    static SlipKey load(String fromEnvironment, Path keyFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment, "HOMEWARD_SLIP_KEY");
        }
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return of(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the slip key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] random = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(random);
        // When another process made it first, its key is the one to use.
        OwnerOnlyFiles.createSecret(keyFile, Base64.getEncoder().encodeToString(random));
    }

    /** The HMAC of a message. */
    byte[] sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "SlipKey[hidden]";
    }
}
