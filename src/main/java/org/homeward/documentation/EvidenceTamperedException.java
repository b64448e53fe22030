package org.homeward.documentation;

import java.util.UUID;
import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a stored evidence file does not decrypt: its ciphertext was changed, copied from
 * another file's row, or its key is no longer in the keyset. Nothing of it is shown.
 */
class EvidenceTamperedException extends ProblemException {

    private final UUID fileId;

    EvidenceTamperedException(UUID fileId) {
        super("The stored evidence file does not pass its integrity check: it was changed or moved, or its key is "
                + "missing from the keyset. Nothing of it was shown; tell the administrator.");
        this.fileId = fileId;
    }

    UUID fileId() {
        return fileId;
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.EVIDENCE_INTEGRITY_FAILED;
    }
}
