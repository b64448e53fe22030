package org.homeward.documentation;

import org.homeward.web.ProblemException;

/** Thrown when an erased evidence file is asked for: its content was erased at the person's request. */
class EvidenceErasedException extends ProblemException {

    EvidenceErasedException() {
        super("The file was erased at the request of the person it was about; its description and custody are kept");
    }

    @Override
    public int status() {
        return 410;
    }

    @Override
    public String code() {
        return "EVIDENCE_ERASED";
    }
}
