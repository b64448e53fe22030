package org.homeward.documentation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

/**
 * Encrypts and decrypts evidence files with the evidence keyset, binding each ciphertext to the
 * file's id and its household as associated data: a ciphertext copied into another file's row, or
 * another household's, does not decrypt there.
 */
final class EvidenceCipher {

    private static final String CONTEXT = "homeward-evidence-v1";
    private final EvidenceKeyset keyset;

    EvidenceCipher(EvidenceKeyset keyset) {
        this.keyset = keyset;
    }

    /** The sealed file and the id of the key that sealed it. */
    record Sealed(byte[] ciphertext, long keyId) {}

    Sealed encrypt(byte[] plaintext, UUID fileId, UUID householdId) {
        try {
            return new Sealed(keyset.encrypt(plaintext, associatedData(fileId, householdId)), keyset.primaryKeyId());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The evidence key could not encrypt", e);
        }
    }

    /** The plaintext, or {@link EvidenceTamperedException} when the ciphertext was changed, moved or its key is gone. */
    byte[] decrypt(byte[] ciphertext, UUID fileId, UUID householdId) {
        try {
            return keyset.decrypt(ciphertext, associatedData(fileId, householdId));
        } catch (GeneralSecurityException e) {
            throw new EvidenceTamperedException(fileId);
        }
    }

    long primaryKeyId() {
        return keyset.primaryKeyId();
    }

    private static byte[] associatedData(UUID fileId, UUID householdId) {
        return (CONTEXT + "|file=" + fileId + "|household=" + householdId).getBytes(StandardCharsets.UTF_8);
    }
}
