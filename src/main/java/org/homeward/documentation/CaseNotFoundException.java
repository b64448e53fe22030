package org.homeward.documentation;

import org.homeward.problems.ProblemCode;
import org.homeward.problems.ProblemException;
import org.homeward.problems.ProblemKind;

/** Thrown when no case (or proposal) in the caller's scope has the id asked for; existence outside it does not leak. */
class CaseNotFoundException extends ProblemException {

    private final DocumentationProblemCode code;

    CaseNotFoundException(String what, DocumentationProblemCode code) {
        super("There is no " + what + " with this id that you may see");
        this.code = code;
    }

    static CaseNotFoundException caseNotFound() {
        return new CaseNotFoundException("documentation case", DocumentationProblemCode.CASE_NOT_FOUND);
    }

    static CaseNotFoundException proposalNotFound() {
        return new CaseNotFoundException("case proposal", DocumentationProblemCode.PROPOSAL_NOT_FOUND);
    }

    @Override
    public ProblemKind kind() {
        return ProblemKind.NOT_FOUND;
    }

    @Override
    public ProblemCode code() {
        return code;
    }
}
