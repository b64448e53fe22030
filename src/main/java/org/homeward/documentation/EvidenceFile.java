package org.homeward.documentation;

import java.time.Instant;
import java.util.UUID;

/**
 * A scanned document kept as evidence, as described to its readers: what it is, whose, its
 * fingerprint and who added it. The content itself is only ever handed out by a download.
 *
 * @param lockerDocumentId the property-locker document it is a version of, or null
 * @param lockerVersion    its version number in that document (1, 2, ...), or null
 * @param sha256           the SHA-256 of the plaintext, in lower-case hex
 * @param keyId            the id of the keyset key its ciphertext is under
 */
public record EvidenceFile(UUID id, UUID householdId, UUID caseId, UUID stepId, UUID lockerDocumentId,
                           Integer lockerVersion, String title, String mediaType, int sizeBytes, String sha256,
                           long keyId, Instant addedAt, String addedBy) {

    /** The name a download is saved under: it says what kind of file it is and nothing about the person. */
    public String downloadName() {
        return "evidence-" + id.toString().substring(0, 8) + EvidenceMediaType.ofMediaType(mediaType).extension();
    }
}
