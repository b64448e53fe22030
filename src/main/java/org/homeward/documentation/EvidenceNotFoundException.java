package org.homeward.documentation;

import org.homeward.web.ProblemException;

/** Thrown when an evidence file does not exist or belongs to a household outside the caller's scope. */
class EvidenceNotFoundException extends ProblemException {

    EvidenceNotFoundException(String id) {
        super("No evidence file " + id);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "EVIDENCE_NOT_FOUND";
    }
}
