package org.homeward.documentation;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import org.homeward.files.OwnerOnlyFiles;

/**
 * The Tink keyset that encrypts evidence files: AES-256-GCM keys kept outside the database, in
 * {@code HOMEWARD_EVIDENCE_KEYSET} or in an owner-only key file made at first start. A keyset may
 * hold several keys; the primary encrypts, every key still decrypts what it encrypted, so a key can
 * be rotated without making old files unreadable.
 */
public final class EvidenceKeyset {

    private final KeysetHandle handle;
    private final Aead aead;

    private EvidenceKeyset(KeysetHandle handle) {
        try {
            this.handle = handle;
            this.aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The evidence keyset cannot make an AEAD: " + e.getMessage(), e);
        }
    }

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The keyset from the environment (Tink JSON) when one is given, else from the key file, which is
     * created with one new AES-256-GCM key, readable by its owner only, when it does not exist yet.
     */
    static EvidenceKeyset load(String fromEnvironment, Path keysetFile) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new EvidenceKeyset(parse(fromEnvironment, "HOMEWARD_EVIDENCE_KEYSET"));
        }
        try {
            if (!Files.exists(keysetFile)) {
                create(keysetFile);
            }
            return new EvidenceKeyset(parse(Files.readString(keysetFile), keysetFile.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not read or create the evidence keyset " + keysetFile + ": " + e.getMessage(), e);
        }
    }

    /** A keyset of one new AES-256-GCM key, as Tink JSON (for the key file, or for tests). */
    static String newKeysetJson() {
        try {
            return serialise(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate an evidence key: " + e.getMessage(), e);
        }
    }

    /**
     * The keyset given with one more AES-256-GCM key, which becomes the primary; the old keys stay,
     * so that what they encrypted can still be read until it is re-encrypted.
     */
    static String withNewPrimary(String keysetJson) {
        KeysetHandle current = parse(keysetJson, "the keyset to rotate");
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(current);
        builder.addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                .withRandomId()
                .makePrimary());
        try {
            return serialise(builder.build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not add a key to the evidence keyset: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a new primary key to the key file, keeping its old keys; the file stays owner-only. The
     * running application reads the keyset at start, so it must be restarted to use the new key.
     */
    public static long rotateKeysetFile(Path keysetFile) throws IOException {
        String rotated = withNewPrimary(Files.readString(keysetFile));
        Path next = keysetFile.resolveSibling(keysetFile.getFileName() + ".new");
        Files.deleteIfExists(next);
        OwnerOnlyFiles.writeString(next, rotated);
        Files.move(
                next,
                keysetFile,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return Integer.toUnsignedLong(
                parse(rotated, keysetFile.toString()).getPrimary().getId());
    }

    private static void create(Path keysetFile) throws IOException {
        // When another process made it first, its keyset is the one to use.
        OwnerOnlyFiles.createSecret(keysetFile, newKeysetJson());
    }

    private static KeysetHandle parse(String json, String source) {
        KeysetHandle handle;
        try {
            handle = TinkJsonProtoKeysetFormat.parseKeyset(json.trim(), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The evidence keyset in " + source + " is not a Tink JSON keyset");
        }
        for (int i = 0; i < handle.size(); i++) {
            if (!(handle.getAt(i).getKey().getParameters() instanceof AesGcmParameters gcm)
                    || gcm.getKeySizeBytes() != 32) {
                throw new IllegalStateException("The evidence keyset in " + source + " holds a key that is not "
                        + "AES-256-GCM (key " + handle.getAt(i).getId() + ")");
            }
        }
        return handle;
    }

    private static String serialise(KeysetHandle handle) throws GeneralSecurityException {
        return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
    }

    /** The id of the key that encrypts new files. */
    long primaryKeyId() {
        return Integer.toUnsignedLong(handle.getPrimary().getId());
    }

    /** The number of keys in the keyset. */
    int size() {
        return handle.size();
    }

    byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
        return aead.encrypt(plaintext, associatedData);
    }

    byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
        return aead.decrypt(ciphertext, associatedData);
    }

    @Override
    public String toString() {
        return "EvidenceKeyset[hidden]";
    }
}
