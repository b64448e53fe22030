package org.homeward.documentation;

import org.homeward.web.ProblemException;

/** Thrown when no case (or proposal) in the caller's scope has the id asked for; existence outside it does not leak. */
public class CaseNotFoundException extends ProblemException {

    private final String code;

    CaseNotFoundException(String what, String code) {
        super("There is no " + what + " with this id that you may see");
        this.code = code;
    }

    static CaseNotFoundException caseNotFound() {
        return new CaseNotFoundException("documentation case", "CASE_NOT_FOUND");
    }

    static CaseNotFoundException proposalNotFound() {
        return new CaseNotFoundException("case proposal", "PROPOSAL_NOT_FOUND");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return code;
    }
}
