package org.homeward.offline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.homeward.files.OwnerOnlyFiles;

/**
 * The key devices' outbox secrets are derived from: an HMAC-SHA256 key kept outside the database, so
 * that whoever reads the database (and holds a device) still cannot unlock that device's outbox.
 */
final class OfflineKey {

    static final int MINIMUM_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    private OfflineKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    static OfflineKey of(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The offline key in " + source + " is not valid base64");
        }
        if (bytes.length < MINIMUM_BYTES) {
            throw new IllegalStateException("The offline key in " + source + " has " + bytes.length
                    + " bytes; it needs at least " + MINIMUM_BYTES);
        }
        return new OfflineKey(bytes);
    }

    /** The key from the environment when given, else from the key file, made owner-only at first start. */
    static OfflineKey load(String fromEnvironment, Path keyFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return of(fromEnvironment, "HOMEWARD_OFFLINE_KEY");
        }
        try {
            if (!Files.exists(keyFile)) {
                byte[] random = new byte[MINIMUM_BYTES];
                new SecureRandom().nextBytes(random);
                // When another process made it first, its key is the one to use.
                OwnerOnlyFiles.createSecret(keyFile, Base64.getEncoder().encodeToString(random));
            }
            return of(Files.readString(keyFile), keyFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the offline key " + keyFile + ": " + e.getMessage(), e);
        }
    }

    /** The outbox secret of one device of one officer: the HMAC of the device's stored salt, id and officer. */
    byte[] outboxSecret(byte[] salt, UUID deviceId, String username) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update("homeward offline outbox|".getBytes(StandardCharsets.UTF_8));
            mac.update(salt);
            return mac.doFinal(("|" + deviceId + "|" + username).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "OfflineKey[hidden]";
    }
}
