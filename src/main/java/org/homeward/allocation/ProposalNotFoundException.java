package org.homeward.allocation;

import org.homeward.web.ProblemException;

/** No allocation proposal has the id asked for. */
public class ProposalNotFoundException extends ProblemException {

    ProposalNotFoundException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String code() {
        return "ALLOCATION_PROPOSAL_NOT_FOUND";
    }
}
