package org.homeward.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.homeward.problems.ProblemKind;
import org.springframework.web.multipart.MultipartFile;

/** Reads an uploaded part into a {@link NewEvidence}; a missing part is a problem naming the file field. */
final class EvidenceUploads {

    private EvidenceUploads() {}

    static NewEvidence read(MultipartFile file, String title, UUID caseId, UUID stepId) {
        if (file == null || file.isEmpty()) {
            throw EvidenceRefusedException.badField(
                    "file", DocumentationProblemCode.EVIDENCE_FILE_EMPTY, "Choose the scanned document to upload");
        }
        if (file.getSize() > EvidenceContentCheck.MAX_BYTES) {
            throw new EvidenceRefusedException(
                    ProblemKind.TOO_LARGE,
                    DocumentationProblemCode.EVIDENCE_TOO_LARGE,
                    "file",
                    "An evidence file has at most 10 MB (" + EvidenceContentCheck.MAX_BYTES + " bytes)");
        }
        try {
            return new NewEvidence(title, caseId, stepId, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be read", e);
        }
    }
}
