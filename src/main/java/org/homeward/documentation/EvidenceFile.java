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
 * @param erasedAt         when the content was erased at the person's request, or null
 * @param erasedBy         who carried out that request, or null
 */
public record EvidenceFile(
        UUID id,
        UUID householdId,
        UUID caseId,
        UUID stepId,
        UUID lockerDocumentId,
        Integer lockerVersion,
        String title,
        String mediaType,
        int sizeBytes,
        String sha256,
        long keyId,
        Instant addedAt,
        String addedBy,
        Instant erasedAt,
        String erasedBy) {

    /** The title an erased file is left with: the one it had may have named the person. */
    static final String ERASED_TITLE = "[erased]";

    /** Whether the file was erased at a person's request: its content is gone, its description and custody kept. */
    public boolean erased() {
        return erasedAt != null;
    }

    /** The name a download is saved under: it says what kind of file it is and nothing about the person. */
    public String downloadName() {
        return "evidence-" + id.toString().substring(0, 8)
                + EvidenceMediaType.ofMediaType(mediaType).extension();
    }
}
