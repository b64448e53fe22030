package org.homeward.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homeward.files.OwnerOnlyFiles;

/**
 * The secret that keys the audit chain: an HMAC-SHA256 key kept outside the database, so that
 * whoever can write the database cannot compute a valid hash for an entry they forged.
 */
final class AuditKey {

    static final String ALGORITHM = "HmacSHA256";
    private static final int MINIMUM_BYTES = 32;
    private final SecretKeySpec key;

    private AuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /**
     * The key from the environment (base64) when one is given, else from the key file, which is
     * created with 32 random bytes, readable by its owner only, when it does not exist yet.
     */
    static AuditKey load(String fromEnvironment, Path keyFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new AuditKey(decode(fromEnvironment.trim(), "HOMEWARD_AUDIT_KEY"));
        }
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            return new AuditKey(decode(Files.readString(keyFile).trim(), keyFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the audit key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] random = new byte[MINIMUM_BYTES];
        new SecureRandom().nextBytes(random);
        // When another process made it first, its key is the one to use.
        OwnerOnlyFiles.createSecret(keyFile, Base64.getEncoder().encodeToString(random));
    }

    private static byte[] decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is not valid base64");
        }
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The audit key in " + source + " has " + bytes.length
                    + " bytes; it needs at least " + MINIMUM_BYTES);
        }
        return bytes;
    }

    /** The HMAC of a message, in lower-case hex. */
    String sign(String message) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AuditKey[hidden]";
    }
}
