package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/**
 * Thrown when a case or proposal cannot do what was asked in the state it is in: an illegal
 * transition, a paper issued before its chain is complete, a proposal decided twice.
 */
class CaseConflictException extends ProblemException {

    private final DocumentationProblemCode code;

    CaseConflictException(DocumentationProblemCode code, String message) {
        super(message);
        this.code = code;
    }

    static CaseConflictException transition(CaseStatus from, CaseStatus to) {
        return new CaseConflictException(
                DocumentationProblemCode.CASE_TRANSITION_NOT_ALLOWED,
                "A case that is " + from + " cannot become " + to + "; from " + from + " it may become "
                        + (from.next().isEmpty() ? "nothing" : from.next()));
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.CONFLICT;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
