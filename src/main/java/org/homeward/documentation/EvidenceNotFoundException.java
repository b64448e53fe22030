package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when an evidence file does not exist or belongs to a household outside the caller's scope. */
class EvidenceNotFoundException extends ProblemException {

    EvidenceNotFoundException(String id) {
        super("No evidence file " + id);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.EVIDENCE_NOT_FOUND;
    }
}
