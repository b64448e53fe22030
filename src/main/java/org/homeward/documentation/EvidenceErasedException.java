package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when an erased evidence file is asked for: its content was erased at the person's request. */
class EvidenceErasedException extends ProblemException {

    EvidenceErasedException() {
        super("The file was erased at the request of the person it was about; its description and custody are kept");
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.GONE;
    }

    @Override
    public ProblemCode code() {
        return DocumentationProblemCode.EVIDENCE_ERASED;
    }
}
