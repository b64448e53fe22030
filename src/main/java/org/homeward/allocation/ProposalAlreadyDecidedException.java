package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** A decision on an allocation proposal that was already accepted, overridden or rejected. */
public class ProposalAlreadyDecidedException extends ProblemException {

    ProposalAlreadyDecidedException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String code() {
        return "ALLOCATION_PROPOSAL_DECIDED";
    }
}
